# Accepted: one pass in three phases, collecting the intervals as (start, end) tuples.
def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    result = []
    start, end = new
    i = 0
    while i < len(intervals) and intervals[i][1] < start:
        result.append(tuple(intervals[i]))
        i += 1
    while i < len(intervals) and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append((start, end))
    while i < len(intervals):
        result.append(tuple(intervals[i]))
        i += 1
    return result
