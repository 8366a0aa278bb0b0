# Correct but O(n^2): checks every pair of meetings for an overlap.
def can_attend_all(intervals: list[list[int]]) -> bool:
    for i in range(len(intervals)):
        start, end = intervals[i]
        for j in range(i + 1, len(intervals)):
            other_start, other_end = intervals[j]
            if start < other_end and other_start < end:
                return False
    return True
