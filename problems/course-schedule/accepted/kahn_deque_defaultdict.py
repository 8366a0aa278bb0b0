# Accepted: Kahn's algorithm with collections.deque, a defaultdict of lists and a Counter of in-degrees.
from collections import Counter, defaultdict, deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    adj = defaultdict(list)
    indeg = Counter()
    for a, b in prerequisites:
        adj[b].append(a)
        indeg[a] += 1
    q = deque(i for i in range(num_courses) if indeg[i] == 0)
    seen = 0
    while q:
        x = q.popleft()
        seen += 1
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                q.append(y)
    return seen == num_courses
