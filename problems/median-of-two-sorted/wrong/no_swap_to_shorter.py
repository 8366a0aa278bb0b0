# Wrong: binary searches the split in `a` even when it is the longer list, so j = half - i
# can go negative and b[j - 1] silently reads from the end of b.
from __future__ import annotations


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while lo <= hi:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else float("-inf")
        a_right = a[i] if i < m else float("inf")
        b_left = b[j - 1] if j > 0 else float("-inf")
        b_right = b[j] if j < n else float("inf")
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        elif (m + n) % 2:
            return max(a_left, b_left)
        else:
            return (max(a_left, b_left) + min(a_right, b_right)) / 2
    return 0.0
