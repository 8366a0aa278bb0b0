# Wrong: measures a popped bar's width as i - top (from the popped bar itself), forgetting
# that the rectangle also reaches left over the taller bars popped earlier.
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    stack = []
    best = 0
    for i, h in enumerate(list(heights) + [0]):
        while stack and heights[stack[-1]] > h:
            top = stack.pop()
            best = max(best, heights[top] * (i - top))
        stack.append(i)
    return best
