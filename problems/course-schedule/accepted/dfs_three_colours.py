# Accepted: recursive depth-first search with three states (0 unvisited, 1 on the path, 2 done).
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    graph = {c: [] for c in range(num_courses)}
    for a, b in prerequisites:
        graph[b].append(a)
    state = [0] * num_courses

    def has_cycle(node):
        if state[node] == 1:
            return True
        if state[node] == 2:
            return False
        state[node] = 1
        for nxt in graph[node]:
            if has_cycle(nxt):
                return True
        state[node] = 2
        return False

    return not any(has_cycle(c) for c in range(num_courses))
