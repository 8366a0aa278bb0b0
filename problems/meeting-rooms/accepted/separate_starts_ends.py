# Accepted: sorts the starts and the ends separately; the k-th start must not come
# before the (k-1)-th end. Written as all() over a generator.
def can_attend_all(intervals: list[list[int]]) -> bool:
    starts = sorted(s for s, _ in intervals)
    ends = sorted(e for _, e in intervals)
    return all(starts[i] >= ends[i - 1] for i in range(1, len(starts)))
