# Accepted: union-find with path compression; an edge inside one set is a cycle, then one root must remain.
def valid_tree(n: int, edges: list[list[int]]) -> bool:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
    return len({find(x) for x in range(n)}) == 1
