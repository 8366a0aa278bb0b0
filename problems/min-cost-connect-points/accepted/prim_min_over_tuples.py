# Accepted: Prim where each round takes min() over a generator of (cost, index) tuples
# of the points not yet connected; O(n^2).
def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    cost = [float("inf")] * n
    done = [False] * n
    cost[0] = 0
    total = 0
    for _ in range(n):
        c, u = min((cost[i], i) for i in range(n) if not done[i])
        done[u] = True
        total += c
        ux, uy = points[u]
        for i, (x, y) in enumerate(points):
            if not done[i]:
                cost[i] = min(cost[i], abs(x - ux) + abs(y - uy))
    return int(total)
