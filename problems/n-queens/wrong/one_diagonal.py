# Wrong: checks the columns and the "\" diagonals (r - c) but forgets the "/" diagonals
# (r + c), so some placements have two queens attacking along them.
def solve_n_queens(n: int) -> list[list[str]]:
    res = []
    cols, diag = set(), set()
    path = []

    def bt(r):
        if r == n:
            res.append(["." * c + "Q" + "." * (n - c - 1) for c in path])
            return
        for c in range(n):
            if c in cols or r - c in diag:
                continue
            cols.add(c)
            diag.add(r - c)
            path.append(c)
            bt(r + 1)
            path.pop()
            cols.remove(c)
            diag.remove(r - c)

    bt(0)
    return res
