# Wrong: never empties the stack after the last bar, so bars that are never followed by a
# lower one (an increasing run at the end) are never measured.
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    stack = []
    best = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] > h:
            top = stack.pop()
            left = stack[-1] if stack else -1
            best = max(best, heights[top] * (i - left - 1))
        stack.append(i)
    return best
