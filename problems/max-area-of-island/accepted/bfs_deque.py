# Accepted: BFS with collections.deque and a visited set of (row, col) tuples.
from collections import deque


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    visited = set()
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 0 or (r, c) in visited:
                continue
            visited.add((r, c))
            queue = deque([(r, c)])
            area = 0
            while queue:
                i, j = queue.popleft()
                area += 1
                for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    x, y = i + di, j + dj
                    if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1 \
                            and (x, y) not in visited:
                        visited.add((x, y))
                        queue.append((x, y))
            best = max(best, area)
    return best
