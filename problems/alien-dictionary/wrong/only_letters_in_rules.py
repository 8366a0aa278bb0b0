# Wrong: builds the letter graph only from the letters that appear in some rule, so
# letters the list says nothing about are missing from the answer.
from collections import defaultdict, deque


def alien_order(words: list[str]) -> str:
    adj = defaultdict(set)
    indeg = {}
    for a, b in zip(words, words[1:]):
        if len(a) > len(b) and a[:len(b)] == b:
            return ""
        for x, y in zip(a, b):
            if x != y:
                indeg.setdefault(x, 0)
                if y not in adj[x]:
                    adj[x].add(y)
                    indeg[y] = indeg.get(y, 0) + 1
                break
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
