# Accepted: bitmask backtracking; free columns come from cols | left diagonals | right diagonals.
def solve_n_queens(n: int) -> list[list[str]]:
    full = (1 << n) - 1
    out = []
    rows = []

    def go(cols, left, right):
        if cols == full:
            out.append(["." * c + "Q" + "." * (n - 1 - c) for c in rows])
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            rows.append(bit.bit_length() - 1)
            go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
            rows.pop()

    go(0, 0, 0)
    return out
