# Accepted: strips leaves (degree-1 nodes) until only the cycle is left, then returns the
# last edge of the list whose two ends are both on the cycle.
from collections import deque


def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    degree = [0] * (n + 1)
    neighbours = [[] for _ in range(n + 1)]
    for u, v in edges:
        degree[u] += 1
        degree[v] += 1
        neighbours[u].append(v)
        neighbours[v].append(u)
    queue = deque(k for k in range(1, n + 1) if degree[k] == 1)
    while queue:
        leaf = queue.popleft()
        degree[leaf] = 0
        for other in neighbours[leaf]:
            if degree[other] > 0:
                degree[other] -= 1
                if degree[other] == 1:
                    queue.append(other)
    for u, v in reversed(edges):
        if degree[u] >= 2 and degree[v] >= 2:
            return [u, v]
    return []
