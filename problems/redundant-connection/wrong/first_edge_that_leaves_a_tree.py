# Wrong: tries the edges from the first one on and returns the first whose removal leaves
# the graph connected, but the tie rule asks for the last such edge in the list.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    for skip in range(n):
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
