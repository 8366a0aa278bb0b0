# Wrong: each bar's reach stops at the nearest bar that is lower or equal, on both sides,
# so a run of equal bars is never measured as one rectangle.
from __future__ import annotations


def largest_rectangle_area(heights: list[int]) -> int:
    n = len(heights)
    left, right = [-1] * n, [n] * n
    stack: list[int] = []
    for i in range(n):
        while stack and heights[stack[-1]] > heights[i]:
            stack.pop()
        left[i] = stack[-1] if stack else -1
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and heights[stack[-1]] > heights[i]:
            stack.pop()
        right[i] = stack[-1] if stack else n
        stack.append(i)
    return max(heights[i] * (right[i] - left[i] - 1) for i in range(n))
