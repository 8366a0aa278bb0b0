# Accepted: the classic single loop; once an interval lies after `new`, emit new and carry on.
def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    out = []
    pending = list(new)
    for s, e in intervals:
        if pending is None or e < pending[0]:
            out.append([s, e])
        elif s > pending[1]:
            out.append(pending)
            out.append([s, e])
            pending = None
        else:
            pending = [min(s, pending[0]), max(e, pending[1])]
    if pending is not None:
        out.append(pending)
    return out
