# Correct but O(n^2): from every bar, walks to both ends to find the tallest bars.
def trap(heights: list[int]) -> int:
    n = len(heights)
    water = 0
    for i in range(n):
        left = right = heights[i]
        for j in range(i):
            left = max(left, heights[j])
        for j in range(i + 1, n):
            right = max(right, heights[j])
        water += min(left, right) - heights[i]
    return water
