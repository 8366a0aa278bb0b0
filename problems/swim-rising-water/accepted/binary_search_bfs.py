# Binary search on the time t; each guess is tested with a breadth-first search
# (collections.deque) over the cells whose value is at most t.
from collections import deque


def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)

    def can_reach(t: int) -> bool:
        if grid[0][0] > t:
            return False
        seen = {(0, 0)}
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if (r, c) == (n - 1, n - 1):
                return True
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < n and 0 <= y < n and (x, y) not in seen and grid[x][y] <= t:
                    seen.add((x, y))
                    queue.append((x, y))
        return False

    lo, hi = 0, n * n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if can_reach(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
