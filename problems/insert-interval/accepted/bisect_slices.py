# Accepted: bisect (with key=) finds the first and last overlapping intervals, then the
# answer is glued from two slices and the merged interval: O(n) for the copying.
from bisect import bisect_left, bisect_right


def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    start, end = new
    lo = bisect_left(intervals, start, key=lambda interval: interval[1])  # first end >= start
    hi = bisect_right(intervals, end, key=lambda interval: interval[0])   # first start > end
    if lo < hi:
        start = min(start, intervals[lo][0])
        end = max(end, intervals[hi - 1][1])
    return intervals[:lo] + [[start, end]] + intervals[hi:]
