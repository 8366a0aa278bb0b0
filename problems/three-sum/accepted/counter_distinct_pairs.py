# Accepted: a Counter of the values; for each pair of distinct values a <= b, the third
# value c = -a - b must be >= b and occur often enough. O(d^2) for d distinct values.
from collections import Counter


def three_sum(nums: list[int]) -> list[list[int]]:
    count = Counter(nums)
    values = sorted(count)
    triples = []
    for i, a in enumerate(values):
        if a > 0:
            break
        for b in values[i:]:
            c = -a - b
            if c < b:
                break
            if c not in count:
                continue
            needed = Counter((a, b, c))
            if all(count[v] >= k for v, k in needed.items()):
                triples.append([a, b, c])
    return triples
