# Accepted: a stack of (start index, height) pairs; a popped bar's start is handed to the
# lower bar that popped it, and the bars left at the end reach the right edge.
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    stack = []
    best = 0
    for i, h in enumerate(heights):
        start = i
        while stack and stack[-1][1] > h:
            index, height = stack.pop()
            best = max(best, height * (i - index))
            start = index
        stack.append((start, h))
    n = len(heights)
    for index, height in stack:
        best = max(best, height * (n - index))
    return best
