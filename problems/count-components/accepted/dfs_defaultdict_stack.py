# Accepted: defaultdict(list) graph and an iterative DFS with a stack and a visited set.
from collections import defaultdict


def count_components(n: int, edges: list[list[int]]) -> int:
    graph = defaultdict(list)
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    seen = set()
    count = 0
    for node in range(n):
        if node in seen:
            continue
        count += 1
        stack = [node]
        seen.add(node)
        while stack:
            current = stack.pop()
            for nxt in graph[current]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return count
