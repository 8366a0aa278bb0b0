import random

from hypothesis import strategies as st

COORD = 10**5


def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < new[0]:  # entirely before new
        result.append(list(intervals[i]))
        i += 1
    start, end = new
    while i < n and intervals[i][0] <= end:  # shares a point with the merged interval
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(interval) for interval in intervals[i:])  # entirely after
    return result


@st.composite
def _disjoint(draw: st.DrawFn, limit: int) -> list[list[int]]:
    """Sorted intervals in [0, limit] sharing no point; some degenerate, some adjacent."""
    intervals: list[list[int]] = []
    position = draw(st.integers(0, 3))
    for _ in range(draw(st.integers(0, 12))):
        length = draw(st.sampled_from([0, 0, 1, 2, 3, 5, 10]))
        if position + length > limit:
            break
        intervals.append([position, position + length])
        position += length + draw(st.sampled_from([1, 1, 2, 3, 4, 8]))  # 1: adjacent
    return intervals


@st.composite
def _case(draw: st.DrawFn) -> dict:
    limit = draw(st.sampled_from([20, 60, COORD]))
    intervals = draw(_disjoint(limit))
    ends = [x for interval in intervals for x in interval]
    low, high = (min(ends), max(ends)) if ends else (0, limit)
    kind = draw(st.sampled_from(
        ["random", "before", "after", "cover", "span", "gap", "touch", "adjacent", "point"]))
    if kind == "before" and low > 0:
        a = draw(st.integers(0, low - 1))
        new = [a, draw(st.integers(a, low - 1))]
    elif kind == "after" and high < limit:
        a = draw(st.integers(high + 1, limit))
        new = [a, draw(st.integers(a, limit))]
    elif kind == "cover":
        new = [draw(st.integers(0, low)), draw(st.integers(high, limit))]
    elif kind == "span" and len(intervals) >= 2:  # from inside one interval into a later one
        k = draw(st.integers(0, len(intervals) - 2))
        j = draw(st.integers(k + 1, len(intervals) - 1))
        new = [draw(st.integers(*intervals[k])), draw(st.integers(*intervals[j]))]
    elif kind == "gap" and len(intervals) >= 2:
        k = draw(st.integers(0, len(intervals) - 2))
        left, right = intervals[k][1] + 1, intervals[k + 1][0] - 1
        if left <= right:
            a = draw(st.integers(left, right))
            new = [a, draw(st.integers(a, right))]
        else:
            new = [intervals[k][1], intervals[k + 1][0]]
    elif kind in ("touch", "adjacent") and intervals:
        shift = 0 if kind == "touch" else 1  # share an endpoint, or stop one short of it
        target = draw(st.sampled_from(intervals))
        if draw(st.booleans()):
            a = min(target[1] + shift, limit)  # an interval may end at the limit
            new = [a, draw(st.integers(a, min(limit, a + 12)))]
        else:
            b = target[0] - shift
            new = [draw(st.integers(max(0, b - 12), b)), b] if b >= 0 else [0, 0]
    elif kind == "point":
        x = draw(st.one_of(st.sampled_from(ends or [0]), st.integers(0, limit)))
        new = [x, x]
    else:
        a = draw(st.integers(0, limit))
        new = [a, draw(st.integers(a, min(limit, a + draw(st.sampled_from([0, 3, 15, limit])))))]
    return {"intervals": intervals, "new": new}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 1000))  # shrinks towards a handful of intervals
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _case(),
        _case(),
        _case(),
        st.integers(0, COORD).map(lambda x: {"intervals": [], "new": [x, x + 1]}),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n intervals spread over [0, 10^5]; the new interval swallows about nine in ten of
    them, so every interval is examined and most of them merged."""
    points = sorted(rnd.sample(range(COORD + 1), 2 * n))
    intervals = [[points[2 * k], points[2 * k + 1]] for k in range(n)]
    first, last = rnd.randint(0, n // 20), rnd.randint(19 * n // 20, n - 1)
    new = [intervals[first][0] + rnd.randint(0, 1), intervals[last][1] - rnd.randint(0, 1)]
    return {"intervals": intervals, "new": new}
