# Accepted: recursive DFS with three colours; the finishing order, reversed, is the answer.
def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    graph = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        graph[b].append(a)
    WHITE, GREY, BLACK = 0, 1, 2
    color = [WHITE] * num_courses
    out = []

    def visit(u):
        color[u] = GREY
        for v in graph[u]:
            if color[v] == GREY:
                return False
            if color[v] == WHITE and not visit(v):
                return False
        color[u] = BLACK
        out.append(u)
        return True

    for u in range(num_courses):
        if color[u] == WHITE and not visit(u):
            return []
    return out[::-1]
