# Correct but O((rows * cols)^2): a fresh breadth-first search from every 'O' asks whether
# its region reaches the border, so a long region is walked once for each of its cells.
from collections import deque


def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])

    def reaches_border(r: int, c: int) -> bool:
        seen = {(r, c)}
        queue = deque([(r, c)])
        while queue:
            i, j = queue.popleft()
            if i in (0, rows - 1) or j in (0, cols - 1):
                return True
            for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if board[x][y] == "O" and (x, y) not in seen:
                    seen.add((x, y))
                    queue.append((x, y))
        return False

    captured = [(r, c) for r in range(rows) for c in range(cols)
                if board[r][c] == "O" and not reaches_border(r, c)]
    for r, c in captured:
        board[r][c] = "X"
