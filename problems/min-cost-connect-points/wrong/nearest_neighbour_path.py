# Wrong: walks from point to point, always linking the last point reached to its nearest
# unvisited point; the cheapest link may start from an earlier point of the path instead.
def min_cost_connect_points(points: list[list[int]]) -> int:
    unvisited = [tuple(p) for p in points[1:]]
    x0, y0 = points[0]
    total = 0
    while unvisited:
        nearest = min(unvisited, key=lambda p: abs(p[0] - x0) + abs(p[1] - y0))
        total += abs(nearest[0] - x0) + abs(nearest[1] - y0)
        unvisited.remove(nearest)
        x0, y0 = nearest
    return total
