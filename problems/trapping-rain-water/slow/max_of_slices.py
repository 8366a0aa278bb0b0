# Correct but O(n^2): for every bar, max() over the slice on its left and on its right.
def trap(heights: list[int]) -> int:
    water = 0
    for i, h in enumerate(heights):
        water += min(max(heights[:i + 1]), max(heights[i:])) - h
    return water
