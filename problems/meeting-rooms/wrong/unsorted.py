# Wrong: compares neighbours in the given order without sorting first, so a clash between
# meetings that are not listed next to each other goes unnoticed.
def can_attend_all(intervals: list[list[int]]) -> bool:
    for before, after in zip(intervals, intervals[1:]):
        if before[0] < after[1] and after[0] < before[1]:
            return False
    return True
