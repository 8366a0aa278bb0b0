# Accepted: sorts with operator.itemgetter(0) and keeps the merged groups on a stack of
# [start, end] lists, widening the top one in place.
from operator import itemgetter


def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    stack = []
    for interval in sorted(intervals, key=itemgetter(0)):
        if stack and interval[0] <= stack[-1][1]:
            if interval[1] > stack[-1][1]:
                stack[-1][1] = interval[1]
        else:
            stack.append(list(interval))
    return stack
