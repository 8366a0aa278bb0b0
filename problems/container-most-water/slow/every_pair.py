# Correct but O(n^2): tries every pair of lines.
def max_area(heights: list[int]) -> int:
    best = 0
    n = len(heights)
    for i in range(n):
        for j in range(i + 1, n):
            area = (j - i) * min(heights[i], heights[j])
            if area > best:
                best = area
    return best
