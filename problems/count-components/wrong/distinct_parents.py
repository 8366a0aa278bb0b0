# Wrong: counts the distinct values of parent[], but after a few unions parent[x] is only
# some ancestor of x, not its root, so one group can show several different parents.
def count_components(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_a] = root_b
    return len(set(parent))
