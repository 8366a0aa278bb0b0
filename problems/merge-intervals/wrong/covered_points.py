# Wrong: marks every covered whole number and reads off the runs of marks, which also
# joins intervals that are only side by side: [1, 2] and [3, 4] become [1, 4].
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    top = max(end for _, end in intervals)
    covered = [False] * (top + 2)
    for start, end in intervals:
        for x in range(start, end + 1):
            covered[x] = True
    result = []
    x = 0
    while x <= top:
        if covered[x]:
            run = x
            while covered[x + 1]:
                x += 1
            result.append([run, x])
        x += 1
    return result
