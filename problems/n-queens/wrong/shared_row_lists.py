# Wrong: builds the board as [["."] * n] * n, n references to one row list, so placing a
# queen in one row writes it into every row.
def solve_n_queens(n: int) -> list[list[str]]:
    board = [["."] * n] * n
    result = []
    cols, d1, d2 = set(), set(), set()

    def backtrack(r):
        if r == n:
            result.append(["".join(row) for row in board])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            board[r][c] = "Q"
            backtrack(r + 1)
            board[r][c] = "."
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)

    backtrack(0)
    return result
