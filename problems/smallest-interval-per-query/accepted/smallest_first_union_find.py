# Accepted: intervals from smallest to largest fill the still-unanswered sorted queries they cover, skipping answered ones with a union-find over positions.
from bisect import bisect_left


def min_interval_size(intervals: list[list[int]], queries: list[int]) -> list[int]:
    order = sorted(range(len(queries)), key=lambda i: queries[i])
    values = [queries[i] for i in order]
    nxt = list(range(len(values) + 1))  # nxt[p]: first unanswered position >= p

    def find(p):
        while nxt[p] != p:
            nxt[p] = nxt[nxt[p]]
            p = nxt[p]
        return p

    res = [-1] * len(queries)
    for start, end in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
        p = find(bisect_left(values, start))
        while p < len(values) and values[p] <= end:
            res[order[p]] = end - start + 1
            nxt[p] = p + 1
            p = find(p + 1)
    return res
