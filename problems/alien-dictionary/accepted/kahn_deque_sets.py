# Accepted: Kahn's algorithm with defaultdict(set) edges, in-degrees counted once per new edge, and a deque.
from collections import defaultdict, deque


def alien_order(words: list[str]) -> str:
    adj = defaultdict(set)
    indeg = {c: 0 for word in words for c in word}
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if len(a) > len(b) and a.startswith(b):
            return ""
        for x, y in zip(a, b):
            if x != y:
                if y not in adj[x]:
                    adj[x].add(y)
                    indeg[y] += 1
                break
    q = deque(c for c in indeg if indeg[c] == 0)
    res = []
    while q:
        c = q.popleft()
        res.append(c)
        for d in adj[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                q.append(d)
    return "".join(res) if len(res) == len(indeg) else ""
