# Accepted: a Fenwick tree over the values' ranks, scanning left to right and counting
# how many values already seen are strictly larger.
from __future__ import annotations


def count_inversions(nums: list[int]) -> int:
    ranks = {v: r for r, v in enumerate(sorted(set(nums)), 1)}
    size = len(ranks)
    tree = [0] * (size + 1)
    total = 0
    for seen, value in enumerate(nums):
        r = ranks[value]
        at_most = 0  # how many seen values are <= value
        i = r
        while i > 0:
            at_most += tree[i]
            i -= i & -i
        total += seen - at_most
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    return total
