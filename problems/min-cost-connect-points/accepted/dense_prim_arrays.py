# Accepted: textbook dense Prim, O(n^2): a dist list and an in_tree flag list, scanning
# for the closest outside point each round.
def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    INF = float("inf")
    dist = [INF] * n
    in_tree = [False] * n
    dist[0] = 0
    total = 0
    for _ in range(n):
        u = -1
        best = INF
        for v in range(n):
            if not in_tree[v] and dist[v] < best:
                best = dist[v]
                u = v
        in_tree[u] = True
        total += best
        ux, uy = points[u]
        for v in range(n):
            if not in_tree[v]:
                d = abs(points[v][0] - ux) + abs(points[v][1] - uy)
                if d < dist[v]:
                    dist[v] = d
    return total
