# Wrong: takes the first and the last bar as the only walls: the level everywhere is
# the lower of the two ends, which misses taller walls inside the row (and their pools).
def trap(heights: list[int]) -> int:
    if len(heights) < 3:
        return 0
    level = min(heights[0], heights[-1])
    return sum(max(0, level - h) for h in heights)
