# Wrong: one visited set for the whole search, so reaching a course a second time along
# another path (a diamond, no cycle at all) is taken for a cycle.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    graph = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        graph[b].append(a)
    visited = set()

    def dfs(node):
        if node in visited:
            return False
        visited.add(node)
        return all(dfs(nxt) for nxt in graph[node])

    return all(c in visited or dfs(c) for c in range(num_courses))
