# Accepted: an iterative DFS over the whole graph records each node's parent; the one edge
# leading to an already-visited node that is not the parent closes the cycle, and walking
# parents from both ends gives the cycle's edges; the last of them in the list is returned.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    graph = {k: [] for k in range(1, n + 1)}
    for u, v in edges:
        graph[u].append(v)
        graph[v].append(u)
    parent = {1: 0}
    depth = {1: 0}
    stack = [1]
    closing = None
    while stack and closing is None:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt == parent[node]:
                continue
            if nxt in parent:
                closing = (node, nxt)
                break
            parent[nxt] = node
            depth[nxt] = depth[node] + 1
            stack.append(nxt)
    a, b = closing
    cycle = {frozenset((a, b))}
    while a != b:
        if depth[a] < depth[b]:
            a, b = b, a
        cycle.add(frozenset((a, parent[a])))
        a = parent[a]
    for u, v in reversed(edges):
        if frozenset((u, v)) in cycle:
            return [u, v]
    return []
