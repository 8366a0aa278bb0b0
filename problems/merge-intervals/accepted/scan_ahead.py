# Accepted: sorts a copy by start, then an inner while loop swallows every interval that
# starts by the current end before the group is written out.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    ordered = sorted(intervals)
    result = []
    i = 0
    while i < len(ordered):
        start, end = ordered[i]
        i += 1
        while i < len(ordered) and ordered[i][0] <= end:
            end = max(end, ordered[i][1])
            i += 1
        result.append([start, end])
    return result
