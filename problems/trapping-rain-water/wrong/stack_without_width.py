# Wrong: the monotonic stack without the width of the pool: each pool counts as one bar
# wide, so water over a wide, flat floor is undercounted.
def trap(heights: list[int]) -> int:
    stack = []
    water = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] < h:
            floor = heights[stack.pop()]
            if not stack:
                break
            water += min(heights[stack[-1]], h) - floor
        stack.append(i)
    return water
