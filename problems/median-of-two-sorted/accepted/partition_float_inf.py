# Accepted: the partition binary search with float("inf") sentinels, searching the shorter
# list by swapping the arguments in a recursive call.
from __future__ import annotations


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    if len(a) > len(b):
        return median_of_two_sorted(b, a)
    inf = float("inf")
    m, n = len(a), len(b)
    lo, hi = 0, m
    while lo <= hi:
        cut_a = (lo + hi) // 2
        cut_b = (m + n + 1) // 2 - cut_a
        left_a = -inf if cut_a == 0 else a[cut_a - 1]
        right_a = inf if cut_a == m else a[cut_a]
        left_b = -inf if cut_b == 0 else b[cut_b - 1]
        right_b = inf if cut_b == n else b[cut_b]
        if left_a <= right_b and left_b <= right_a:
            if (m + n) % 2 == 1:
                return max(left_a, left_b)
            return (max(left_a, left_b) + min(right_a, right_b)) / 2
        if left_a > right_b:
            hi = cut_a - 1
        else:
            lo = cut_a + 1
    raise ValueError("inputs are not sorted")
