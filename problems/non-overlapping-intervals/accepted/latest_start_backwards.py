# Accepted: the mirror-image greedy: sorts by start from the right and keeps the interval
# that starts last, then each one that ends by the start of the last one kept.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    ordered = sorted(intervals, key=lambda pair: pair[0], reverse=True)
    kept = 0
    boundary = float("inf")
    for start, end in ordered:
        if end <= boundary:
            kept += 1
            boundary = start
    return len(intervals) - kept
