# Wrong: merges only when the next interval starts strictly before the group's end, so
# intervals that share just an endpoint, like [1, 3] and [3, 5], stay apart.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
