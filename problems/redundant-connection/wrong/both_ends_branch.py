# Wrong: returns the last edge whose two ends both have degree at least 2, but an edge
# between two branching nodes need not lie on the cycle.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    degree = {}
    for u, v in edges:
        degree[u] = degree.get(u, 0) + 1
        degree[v] = degree.get(v, 0) + 1
    for u, v in reversed(edges):
        if degree[u] >= 2 and degree[v] >= 2:
            return [u, v]
    return []
