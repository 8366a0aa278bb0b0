# Slow: removes each edge in turn, from the last one backwards, and tests with a search
# whether the rest still connects all n nodes: O(n) per edge tried, O(n^2) in all.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    for skip in range(n - 1, -1, -1):
        adjacent = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            if i != skip:
                adjacent[u].append(v)
                adjacent[v].append(u)
        seen = {1}
        stack = [1]
        while stack:
            node = stack.pop()
            for other in adjacent[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        if len(seen) == n:
            return edges[skip]
    return []
