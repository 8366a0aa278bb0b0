# Wrong: the last pass restores the marked cells to 'O' and then, in a second test of the
# same cell, captures every 'O', so the safe cells are captured too.
def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    stack = [(r, c) for r in range(rows) for c in range(cols)
             if r in (0, rows - 1) or c in (0, cols - 1)]
    while stack:
        r, c = stack.pop()
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != "O":
            continue
        board[r][c] = "#"
        stack += [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
    for row in board:
        for c in range(cols):
            if row[c] == "#":
                row[c] = "O"
            if row[c] == "O":
                row[c] = "X"
