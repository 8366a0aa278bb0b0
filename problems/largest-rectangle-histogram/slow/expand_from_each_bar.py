# Slow: grows a rectangle of each bar's height outwards while the neighbours are at least
# as tall: O(n^2) when bars reach far.
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    for i, h in enumerate(heights):
        lo = i
        while lo > 0 and heights[lo - 1] >= h:
            lo -= 1
        hi = i
        while hi < n - 1 and heights[hi + 1] >= h:
            hi += 1
        best = max(best, h * (hi - lo + 1))
    return best
