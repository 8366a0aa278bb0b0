# Correct but O(n^2): dynamic programming over the intervals sorted by start; for each
# one, tries every earlier interval it could follow.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    intervals = sorted(intervals)
    n = len(intervals)
    best = [1] * n  # best[i]: most intervals that can stay, ending with interval i
    for i in range(n):
        for j in range(i):
            if intervals[j][1] <= intervals[i][0] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return n - max(best)
