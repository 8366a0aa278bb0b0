# Correct but O(n * (n + E)): searches the whole component of every node, with a fresh
# visited set each time, and counts a component once, at its smallest node.
from collections import deque


def count_components(n: int, edges: list[list[int]]) -> int:
    neighbours = [[] for _ in range(n)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    count = 0
    for start in range(n):
        seen = {start}
        queue = deque([start])
        smallest = True
        while queue:
            node = queue.popleft()
            if node < start:
                smallest = False
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        count += smallest
    return count
