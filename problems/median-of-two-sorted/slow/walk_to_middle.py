# Slow: two pointers walking both lists to the middle, as in a merge: O(m + n).
from __future__ import annotations


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    total = len(a) + len(b)
    i = j = 0
    prev = cur = None
    for _ in range(total // 2 + 1):
        prev = cur
        if j >= len(b) or (i < len(a) and a[i] <= b[j]):
            cur = a[i]
            i += 1
        else:
            cur = b[j]
            j += 1
    return float(cur) if total % 2 else (prev + cur) / 2
