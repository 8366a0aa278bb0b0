# Accepted: the tallest bar from the left and from the right for every bar, built with
# itertools.accumulate(max); the water is the sum of min(left, right) - height.
from itertools import accumulate


def trap(heights: list[int]) -> int:
    left = list(accumulate(heights, max))
    right = list(accumulate(reversed(heights), max))[::-1]
    return sum(min(a, b) - h for a, b, h in zip(left, right, heights))
