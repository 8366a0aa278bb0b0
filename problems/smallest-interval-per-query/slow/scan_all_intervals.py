# Correct but O(n * q): for every query, a pass over all the intervals.
def min_interval_size(intervals: list[list[int]], queries: list[int]) -> list[int]:
    out = []
    for q in queries:
        best = -1
        for start, end in intervals:
            if start <= q <= end:
                size = end - start + 1
                if best == -1 or size < best:
                    best = size
        out.append(best)
    return out
