# Wrong: merges each interval with the last group in the order given, without sorting
# first, so overlapping intervals that are not listed next to each other stay apart.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1] and end >= merged[-1][0]:
            merged[-1] = [min(merged[-1][0], start), max(merged[-1][1], end)]
        else:
            merged.append([start, end])
    return merged
