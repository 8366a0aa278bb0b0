# Wrong: builds the graph only from the courses named in some pair, so a course without
# any requirement is left out of the order (and with no pairs the order is empty).
from collections import defaultdict, deque


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    graph = defaultdict(list)
    indegree = {}
    for a, b in prerequisites:
        graph[b].append(a)
        indegree.setdefault(b, 0)
        indegree[a] = indegree.get(a, 0) + 1
    queue = deque(c for c, d in indegree.items() if d == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for d in graph[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                queue.append(d)
    return order if len(order) == len(indegree) else []
