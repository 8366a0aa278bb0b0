# Correct but O(n * (n + E)): before adding each edge, a fresh search over the edges added
# so far asks whether its two ends are already connected (then it would close a cycle).
from collections import deque


def valid_tree(n: int, edges: list[list[int]]) -> bool:
    if len(edges) != n - 1:
        return False
    adj = [[] for _ in range(n)]
    for a, b in edges:
        seen = {a}
        queue = deque([a])
        while queue:
            x = queue.popleft()
            if x == b:
                return False
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    queue.append(y)
        adj[a].append(b)
        adj[b].append(a)
    return True
