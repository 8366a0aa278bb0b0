# Accepted: the end-first greedy over tuples sorted with operator.itemgetter, counting
# the deletions directly.
from operator import itemgetter


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    pairs = sorted(map(tuple, intervals), key=itemgetter(1))
    deletions = 0
    end = float("-inf")
    for s, e in pairs:
        if s < end:
            deletions += 1
        else:
            end = e
    return deletions
