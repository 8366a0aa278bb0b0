# Prim without a table of cheapest links: at every step it looks at every pair of a tree
# point and an outside point to find the cheapest link, O(n^3) in all.
def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    in_tree = [0]
    outside = set(range(1, n))
    total = 0
    while outside:
        best, best_j = None, -1
        for i in in_tree:
            xi, yi = points[i]
            for j in outside:
                cost = abs(xi - points[j][0]) + abs(yi - points[j][1])
                if best is None or cost < best:
                    best, best_j = cost, j
        total += best
        in_tree.append(best_j)
        outside.remove(best_j)
    return total
