# Wrong: merges only intervals that overlap by more than a point (strict comparisons), so
# [1, 2] and [2, 3] stay separate although they share the point 2.
def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] <= new[0]:
        result.append(intervals[i])
        i += 1
    start, end = new
    while i < n and intervals[i][0] < end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    return result + intervals[i:]
