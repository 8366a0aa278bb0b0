# Wrong: floods through the eight neighbours, diagonals included, so a region that touches
# a safe 'O' only at a corner is wrongly kept.
def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    stack = [(r, c) for r in range(rows) for c in range(cols)
             if r in (0, rows - 1) or c in (0, cols - 1)]
    while stack:
        r, c = stack.pop()
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != "O":
            continue
        board[r][c] = "#"
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                stack.append((r + dr, c + dc))
    for row in board:
        for c, cell in enumerate(row):
            row[c] = "O" if cell == "#" else "X"
