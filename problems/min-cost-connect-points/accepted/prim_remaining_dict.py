# Accepted: Prim with a dict of the points still outside the tree -> cheapest link;
# min(dict, key=dict.get) picks the next point, O(n^2) in all.
def min_cost_connect_points(points: list[list[int]]) -> int:
    x0, y0 = points[0]
    remaining = {i: abs(x - x0) + abs(y - y0) for i, (x, y) in enumerate(points) if i}
    total = 0
    while remaining:
        u = min(remaining, key=remaining.get)
        total += remaining.pop(u)
        ux, uy = points[u]
        for v in remaining:
            d = abs(points[v][0] - ux) + abs(points[v][1] - uy)
            if d < remaining[v]:
                remaining[v] = d
    return total
