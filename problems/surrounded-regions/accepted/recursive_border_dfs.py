# Recursive depth-first search from every border 'O', marking safe cells 'S', then one
# pass that captures the rest.
import sys


def capture_regions(board: list[list[str]]) -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    rows, cols = len(board), len(board[0])

    def mark(r: int, c: int) -> None:
        if r < 0 or r >= rows or c < 0 or c >= cols or board[r][c] != "O":
            return
        board[r][c] = "S"
        mark(r + 1, c)
        mark(r - 1, c)
        mark(r, c + 1)
        mark(r, c - 1)

    for r in range(rows):
        mark(r, 0)
        mark(r, cols - 1)
    for c in range(cols):
        mark(0, c)
        mark(rows - 1, c)
    for r in range(rows):
        for c in range(cols):
            board[r][c] = "O" if board[r][c] == "S" else "X"
