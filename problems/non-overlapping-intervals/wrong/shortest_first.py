# Wrong: keeps the shortest intervals first, each one that overlaps nothing kept so far;
# a short interval can still block two others that would both fit.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    kept = []
    for start, end in sorted(intervals, key=lambda x: x[1] - x[0]):
        if all(end <= s or e <= start for s, e in kept):
            kept.append((start, end))
    return len(intervals) - len(kept)
