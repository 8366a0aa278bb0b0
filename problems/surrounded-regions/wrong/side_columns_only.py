# Wrong: starts the flood only from the first and last columns, forgetting the first and
# last rows, so a region reaching only the top or the bottom edge is captured.
def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    stack = [(r, c) for r in range(rows) for c in (0, cols - 1)]
    while stack:
        r, c = stack.pop()
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != "O":
            continue
        board[r][c] = "#"
        stack += [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
    for row in board:
        for c, cell in enumerate(row):
            row[c] = "O" if cell == "#" else "X"
