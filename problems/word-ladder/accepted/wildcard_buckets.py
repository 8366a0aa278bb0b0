# Accepted: BFS over wildcard patterns ("h*t" -> words), each bucket emptied once it has been used.
from collections import defaultdict, deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    if end not in words:
        return 0
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    seen = {begin}
    q = deque([begin])
    steps = 1
    while q:
        for _ in range(len(q)):
            w = q.popleft()
            if w == end:
                return steps
            for i in range(len(w)):
                key = w[:i] + "*" + w[i + 1:]
                for nxt in buckets.pop(key, []):
                    if nxt not in seen:
                        seen.add(nxt)
                        q.append(nxt)
        steps += 1
    return 0
