# Wrong: Kruskal whose union links the two endpoints themselves (parent[i] = j) instead of
# the roots of their trees, so i is cut from its own tree and later cycle checks are wrong.
def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            cost = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
            edges.append((cost, i, j))
    edges.sort()
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    total = 0
    for cost, i, j in edges:
        if find(i) != find(j):
            parent[i] = j
            total += cost
    return total
