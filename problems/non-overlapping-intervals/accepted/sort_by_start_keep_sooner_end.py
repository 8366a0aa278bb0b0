# Accepted: sorts by start; on an overlap, deletes whichever of the two ends later and
# keeps the sooner end.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    intervals.sort()
    removed = 0
    prev_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start < prev_end:
            removed += 1
            prev_end = min(prev_end, end)
        else:
            prev_end = end
    return removed
