# Accepted: a for loop over the widths, from n - 1 down to 1; each step drops the shorter
# of the two end lines.
def max_area(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    best = 0
    for width in range(len(heights) - 1, 0, -1):
        if heights[lo] <= heights[hi]:
            area = width * heights[lo]
            lo += 1
        else:
            area = width * heights[hi]
            hi -= 1
        if area > best:
            best = area
    return best
