# Slow: insertion sort, counting how far each value shifts left: O(n^2).
from __future__ import annotations


def count_inversions(nums: list[int]) -> int:
    a = list(nums)
    shifts = 0
    for k in range(1, len(a)):
        value = a[k]
        i = k - 1
        while i >= 0 and a[i] > value:
            a[i + 1] = a[i]
            i -= 1
            shifts += 1
        a[i + 1] = value
    return shifts
