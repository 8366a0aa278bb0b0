# Correct but O(n^4): tries t = 0, 1, 2, ... and runs a fresh breadth-first search for
# each, so a winding route of n^2 / 2 cells is flooded again n^2 / 2 times.
from collections import deque


def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)
    t = max(grid[0][0], grid[n - 1][n - 1])
    while True:
        seen = [[False] * n for _ in range(n)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == n - 1 and c == n - 1:
                return t
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < n and 0 <= y < n and not seen[x][y] and grid[x][y] <= t:
                    seen[x][y] = True
                    queue.append((x, y))
        t += 1
