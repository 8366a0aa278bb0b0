# Wrong: when an interval overlaps the last group, takes its end as the group's end
# instead of the larger of the two, so an interval nested inside the group cuts it short.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
