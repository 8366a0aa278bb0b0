# Accepted: sorts the input in place, then builds the answer as a list of tuples with an
# index loop.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    intervals.sort()
    result = []
    start, end = intervals[0]
    for i in range(1, len(intervals)):
        s, e = intervals[i]
        if s <= end:
            end = max(end, e)
        else:
            result.append((start, end))
            start, end = s, e
    result.append((start, end))
    return result
