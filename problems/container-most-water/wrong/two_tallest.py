# Wrong: a greedy that only tries the two tallest lines (and the two ends), so a wider
# container of medium lines is missed.
def max_area(heights: list[int]) -> int:
    n = len(heights)
    order = sorted(range(n), key=lambda i: heights[i], reverse=True)
    a, b = sorted(order[:2])
    tallest = (b - a) * min(heights[a], heights[b])
    ends = (n - 1) * min(heights[0], heights[-1])
    return max(tallest, ends)
