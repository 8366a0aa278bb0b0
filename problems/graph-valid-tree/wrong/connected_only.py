# Wrong: checks only that a search from node 0 reaches every node; a connected graph
# with an extra edge has a cycle and is not a tree.
def valid_tree(n: int, edges: list[list[int]]) -> bool:
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    seen = {0}
    stack = [0]
    while stack:
        for v in graph[stack.pop()]:
            if v not in seen:
                seen.add(v)
                stack.append(v)
    return len(seen) == n
