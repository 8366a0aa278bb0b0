# Wrong: spreads the rot from one rotten orange at a time, each search taking everything
# it reaches, so with several rotten oranges the first one gets all the credit and the
# minutes are the longest single search, not the simultaneous spread.
from collections import deque


def oranges_rotting(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    sources = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
    longest = 0
    for source in sources:
        queue = deque([(source, 0)])
        while queue:
            (r, c), minute = queue.popleft()
            longest = max(longest, minute)
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                    grid[x][y] = 2
                    queue.append(((x, y), minute + 1))
    if any(1 in row for row in grid):
        return -1
    return longest
