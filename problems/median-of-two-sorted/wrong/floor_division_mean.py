# Wrong: averages the two middle values with //, so a median ending in .5 is rounded down.
from __future__ import annotations


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    if len(a) > len(b):
        a, b = b, a
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while True:
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
            return (max(a_left, b_left) + min(a_right, b_right)) // 2
