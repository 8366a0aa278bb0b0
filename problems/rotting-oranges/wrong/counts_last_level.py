# Wrong: counts a minute for every level of the search, including the last one, which
# rots nothing: every answer after the first minute is one too many.
from collections import deque


def oranges_rotting(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    queue = deque((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2)
    fresh = sum(row.count(1) for row in grid)
    if fresh == 0:
        return 0
    minutes = 0
    while queue:
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                    grid[x][y] = 2
                    fresh -= 1
                    queue.append((x, y))
        minutes += 1
    return minutes if fresh == 0 else -1
