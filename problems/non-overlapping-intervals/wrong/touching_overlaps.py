# Wrong: treats intervals that only touch ([1, 2) and [2, 3)) as overlapping (<= instead
# of <), so it deletes too many.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    intervals.sort(key=lambda x: x[1])
    removed = 0
    last_end = float("-inf")
    for start, end in intervals:
        if start <= last_end:
            removed += 1
        else:
            last_end = end
    return removed
