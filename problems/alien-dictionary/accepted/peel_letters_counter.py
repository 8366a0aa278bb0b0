# Accepted: rules as a set of (a, b) tuples, in-degrees from a Counter, letters peeled off with a heap.
import heapq
from collections import Counter


def alien_order(words: list[str]) -> str:
    rules = set()
    for prev, cur in zip(words, words[1:]):
        for a, b in zip(prev, cur):
            if a != b:
                rules.add((a, b))
                break
        else:
            if len(prev) > len(cur):
                return ""
    letters = set("".join(words))
    indegree = Counter(b for _, b in rules)
    later = {}
    for a, b in rules:
        later.setdefault(a, []).append(b)
    heap = [c for c in letters if indegree[c] == 0]
    heapq.heapify(heap)
    order = ""
    while heap:
        c = heapq.heappop(heap)
        order += c
        for d in later.get(c, []):
            indegree[d] -= 1
            if indegree[d] == 0:
                heapq.heappush(heap, d)
    return order if len(order) == len(letters) else ""
