# Breadth-first search (collections.deque) from the border 'O' cells into a set of safe
# positions, then every 'O' outside the set is captured.
from collections import deque


def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    queue = deque((r, c) for r in range(rows) for c in range(cols)
                  if board[r][c] == "O" and (r in (0, rows - 1) or c in (0, cols - 1)))
    safe = set(queue)
    while queue:
        r, c = queue.popleft()
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O" and (x, y) not in safe:
                safe.add((x, y))
                queue.append((x, y))
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and (r, c) not in safe:
                board[r][c] = "X"
