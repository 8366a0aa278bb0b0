# Accepted: sorts the given list in place with list.sort, then compares neighbours.
def can_attend_all(intervals: list[list[int]]) -> bool:
    intervals.sort()
    for i in range(1, len(intervals)):
        if intervals[i][0] < intervals[i - 1][1]:
            return False
    return True
