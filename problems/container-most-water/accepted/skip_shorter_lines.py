# Accepted: two pointers that, after dropping the shorter line, skip every line no taller
# than it (none of them can make a better container), with a tuple-unpacking update.
def max_area(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        low = min(heights[lo], heights[hi])
        best = max(best, low * (hi - lo))
        while lo < hi and heights[lo] <= low:
            lo += 1
        while lo < hi and heights[hi] <= low:
            hi -= 1
    return best
