# Wrong: starts the search at time 0 instead of at the start cell's own value, so when
# the top-left cell is the highest on the best route the answer is too small.
import heapq


def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)
    seen = {(0, 0)}
    heap = [(0, 0, 0)]
    while heap:
        t, r, c = heapq.heappop(heap)
        if (r, c) == (n - 1, n - 1):
            return t
        for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= x < n and 0 <= y < n and (x, y) not in seen:
                seen.add((x, y))
                heapq.heappush(heap, (max(t, grid[x][y]), x, y))
    return -1
