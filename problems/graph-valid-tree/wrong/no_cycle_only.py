# Wrong: a union-find that rejects cycles but never checks that everything ended up
# connected, so a forest of several trees is called a tree.
def valid_tree(n: int, edges: list[list[int]]) -> bool:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
    return True
