# Collects the border cells holding 'O', walks their regions with an explicit stack
# marking them 'S', then rewrites each row in place through a slice assignment.
def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    border = {(r, c) for r in range(rows) for c in (0, cols - 1)}
    border |= {(r, c) for r in (0, rows - 1) for c in range(cols)}
    stack = [cell for cell in border if board[cell[0]][cell[1]] == "O"]
    for r, c in stack:
        board[r][c] = "S"
    while stack:
        r, c = stack.pop()
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O":
                board[x][y] = "S"
                stack.append((x, y))
    for row in board:
        row[:] = ["O" if cell == "S" else "X" for cell in row]
