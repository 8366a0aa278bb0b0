# Wrong: merges new with the first interval it overlaps and stops there; a new interval
# that spans several intervals leaves the later ones overlapping the result.
def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    result = []
    placed = False
    for interval in intervals:
        if placed or interval[1] < new[0]:
            result.append(interval)
        elif interval[0] > new[1]:
            result += [new, interval]
            placed = True
        else:
            result.append([min(interval[0], new[0]), max(interval[1], new[1])])
            placed = True
    if not placed:
        result.append(new)
    return result
