# Accepted: splits the row at its tallest bar; left of it the level is the running
# maximum from the left, right of it the running maximum from the right.
def trap(heights: list[int]) -> int:
    if not heights:
        return 0
    top = heights.index(max(heights))
    water = 0
    level = 0
    for h in heights[:top]:
        level = max(level, h)
        water += level - h
    level = 0
    for h in reversed(heights[top + 1:]):
        level = max(level, h)
        water += level - h
    return water
