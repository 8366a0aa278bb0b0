# Breadth-first search with the minute stored in each queue entry: the answer is the
# latest minute at which an orange rotted.
from collections import deque


def oranges_rotting(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    time = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                time[r][c] = 0
                queue.append((r, c, 0))
    latest = 0
    while queue:
        r, c, minute = queue.popleft()
        latest = max(latest, minute)
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1 and time[x][y] < 0:
                time[x][y] = minute + 1
                queue.append((x, y, minute + 1))
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and time[r][c] < 0:
                return -1
    return latest
