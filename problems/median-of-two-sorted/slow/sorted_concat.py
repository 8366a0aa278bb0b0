# Slow: sorts the concatenation (Timsort merges the two runs in C, but still O(m + n)).
from __future__ import annotations


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    merged = sorted(a + b)
    n = len(merged)
    if n % 2:
        return float(merged[n // 2])
    return (merged[n // 2 - 1] + merged[n // 2]) / 2
