# Slow: every start i, extended to every end j with a running minimum: O(n^2).
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    best = 0
    n = len(heights)
    for i in range(n):
        low = heights[i]
        for j in range(i, n):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best
