# Wrong: a DFS cycle check that forgets an undirected edge leads straight back to the
# node it came from, so every edge looks like a cycle.
def valid_tree(n: int, edges: list[list[int]]) -> bool:
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    seen = set()

    def dfs(u):
        seen.add(u)
        for v in graph[u]:
            if v in seen:
                return False
            if not dfs(v):
                return False
        return True

    return dfs(0) and len(seen) == n
