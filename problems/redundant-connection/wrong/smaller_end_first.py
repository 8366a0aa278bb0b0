# Wrong: finds the right edge but returns it as [smaller end, larger end], not written as
# it appears in the list.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            return [min(u, v), max(u, v)]
        parent[a] = b
    return []
