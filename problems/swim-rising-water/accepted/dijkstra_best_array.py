# Dijkstra with a best-time table: relaxes a neighbour when max(time, its value) improves
# on it, skipping stale heap entries.
import heapq


def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)
    INF = float("inf")
    best = [[INF] * n for _ in range(n)]
    best[0][0] = grid[0][0]
    pq = [(grid[0][0], 0, 0)]
    while pq:
        t, r, c = heapq.heappop(pq)
        if t > best[r][c]:
            continue
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            x, y = r + dr, c + dc
            if 0 <= x < n and 0 <= y < n:
                nt = max(t, grid[x][y])
                if nt < best[x][y]:
                    best[x][y] = nt
                    heapq.heappush(pq, (nt, x, y))
    return best[n - 1][n - 1]
