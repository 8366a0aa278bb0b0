# Wrong: treats back-to-back meetings as a clash (<= instead of <), although a meeting
# ending at t leaves time t free for the next one.
def can_attend_all(intervals: list[list[int]]) -> bool:
    ordered = sorted(intervals)
    for before, after in zip(ordered, ordered[1:]):
        if after[0] <= before[1]:
            return False
    return True
