# Wrong: also merges intervals that are merely adjacent ([1, 2] and [3, 4] share no point).
def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] + 1 < new[0]:
        result.append(intervals[i])
        i += 1
    start, end = new
    while i < n and intervals[i][0] <= end + 1:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    return result + intervals[i:]
