# Wrong: fills every bar up to the tallest bar on its left only, as if a wall stood at
# the right end; water over a falling tail runs off instead.
def trap(heights: list[int]) -> int:
    level = water = 0
    for h in heights:
        level = max(level, h)
        water += level - h
    return water
