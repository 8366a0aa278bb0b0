# Accepted: a monotonic stack seeded with a sentinel index and a 0 appended to the heights.
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    h = list(heights) + [0]
    stack = [-1]
    best = 0
    for i in range(len(h)):
        while stack[-1] != -1 and h[stack[-1]] > h[i]:
            top = stack.pop()
            best = max(best, h[top] * (i - stack[-1] - 1))
        stack.append(i)
    return best
