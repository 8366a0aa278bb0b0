# Kruskal over all n(n-1)/2 edges, sorted, with a union-find: O(n^2 log n).
def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    edges = []
    for i in range(n):
        xi, yi = points[i]
        for j in range(i + 1, n):
            xj, yj = points[j]
            edges.append((abs(xi - xj) + abs(yi - yj), i, j))
    edges.sort()
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = used = 0
    for cost, i, j in edges:
        a, b = find(i), find(j)
        if a != b:
            parent[a] = b
            total += cost
            used += 1
            if used == n - 1:
                break
    return total
