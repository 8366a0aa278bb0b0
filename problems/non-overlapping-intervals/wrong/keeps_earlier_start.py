# Wrong: sorts by start and, on an overlap, always deletes the later interval, keeping a
# long one that starts first although it blocks several short ones.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    intervals.sort()
    removed = 0
    prev_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start < prev_end:
            removed += 1
        else:
            prev_end = end
    return removed
