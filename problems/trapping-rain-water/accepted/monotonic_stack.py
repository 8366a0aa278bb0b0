# Accepted: a stack of bars with falling heights; a taller bar closes a pool over the
# popped bar, as wide as the gap to the bar below it on the stack and as high as the
# lower of the two walls.
def trap(heights: list[int]) -> int:
    stack: list[int] = []
    water = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] < h:
            floor = heights[stack.pop()]
            if not stack:
                break
            left = stack[-1]
            water += (min(heights[left], h) - floor) * (i - left - 1)
        stack.append(i)
    return water
