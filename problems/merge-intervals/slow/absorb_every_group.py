# Correct but O(n^2): each new interval is compared with every group merged so far,
# absorbing the ones it shares a point with; when nothing overlaps, the groups pile up.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    groups = []
    for start, end in intervals:
        kept = []
        for a, b in groups:
            if a <= end and start <= b:
                start, end = min(start, a), max(end, b)
            else:
                kept.append([a, b])
        kept.append([start, end])
        groups = kept
    return sorted(groups)
