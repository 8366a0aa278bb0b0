# Wrong: marks a cell as visited only when it is taken from the queue, so a cell reached
# from two neighbours is queued twice and counted twice.
from collections import deque


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = set()
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            queue = deque([(r, c)])
            area = 0
            while queue:
                i, j = queue.popleft()
                seen.add((i, j))
                area += 1
                for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1 \
                            and (x, y) not in seen:
                        queue.append((x, y))
            best = max(best, area)
    return best
