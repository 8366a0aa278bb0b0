# Accepted: recursion over rows with a list of queen columns, each new one checked against all with abs().
def solve_n_queens(n: int) -> list[list[str]]:
    res = []

    def safe(queens, col):
        row = len(queens)
        return all(c != col and abs(c - col) != row - r for r, c in enumerate(queens))

    def solve(queens):
        if len(queens) == n:
            board = []
            for c in queens:
                line = ["."] * n
                line[c] = "Q"
                board.append("".join(line))
            res.append(board)
            return
        for col in range(n):
            if safe(queens, col):
                solve(queens + [col])

    solve([])
    return res
