# Wrong: binary search with hi = n * n - 2, so it can never answer n * n - 1, which is
# the answer whenever the highest value sits in a corner.
from collections import deque


def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)

    def ok(t):
        if grid[0][0] > t:
            return False
        seen = {(0, 0)}
        q = deque([(0, 0)])
        while q:
            r, c = q.popleft()
            if r == n - 1 and c == n - 1:
                return True
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < n and 0 <= y < n and (x, y) not in seen and grid[x][y] <= t:
                    seen.add((x, y))
                    q.append((x, y))
        return False

    lo, hi = 0, max(0, n * n - 2)
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
