# Wrong: takes a rule from every position where two neighbouring words differ, not only
# the first one; the later letters say nothing, and the false rules can contradict.
from collections import defaultdict, deque


def alien_order(words: list[str]) -> str:
    adj = defaultdict(set)
    indeg = {c: 0 for w in words for c in w}
    for a, b in zip(words, words[1:]):
        if len(a) > len(b) and a.startswith(b):
            return ""
        for x, y in zip(a, b):
            if x != y and y not in adj[x]:
                adj[x].add(y)
                indeg[y] += 1
    q = deque(c for c in indeg if indeg[c] == 0)
    out = []
    while q:
        c = q.popleft()
        out.append(c)
        for d in adj[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                q.append(d)
    return "".join(out) if len(out) == len(indeg) else ""
