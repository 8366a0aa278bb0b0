# Wrong: union sets parent[u] = v on the nodes themselves instead of on their roots, which
# cuts u off from the rest of its set, so later finds miss connections (or see false ones).
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        if find(u) == find(v):
            return [u, v]
        parent[u] = v
    return []
