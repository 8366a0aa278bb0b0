# Wrong: a DFS from each course along "b before a" records courses as they finish, but
# returns that order as it is: every course lands after the courses that depend on it.
def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    graph = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        graph[b].append(a)
    state = [0] * num_courses
    order = []

    def dfs(u):
        state[u] = 1
        for v in graph[u]:
            if state[v] == 1:
                return False
            if state[v] == 0 and not dfs(v):
                return False
        state[u] = 2
        order.append(u)
        return True

    for u in range(num_courses):
        if state[u] == 0 and not dfs(u):
            return []
    return order
