import random

from hypothesis import strategies as st

TIME = 10**6


def can_attend_all(intervals: list[list[int]]) -> bool:
    ordered = sorted(intervals, key=lambda meeting: meeting[0])
    for before, after in zip(ordered, ordered[1:]):
        if after[0] < before[1]:  # starts before the previous meeting has ended
            return False
    return True


@st.composite
def _schedule(draw: st.DrawFn, count: int, limit: int) -> list[list[int]]:
    """Meetings that do not overlap, many of them back to back, in shuffled order."""
    meetings: list[list[int]] = []
    time = draw(st.integers(0, 3))
    for _ in range(count):
        length = draw(st.integers(1, 6))
        if time + length > limit:
            break
        meetings.append([time, time + length])
        time += length + draw(st.sampled_from([0, 0, 1, 3]))  # 0: back to back
    return draw(st.permutations(meetings))


@st.composite
def _free(draw: st.DrawFn) -> dict:
    return {"intervals": draw(_schedule(draw(st.integers(0, 40)), TIME))}


@st.composite
def _one_clash(draw: st.DrawFn) -> dict:
    """A clash-free schedule with one meeting stretched, duplicated or nested: False."""
    meetings = [list(m) for m in draw(_schedule(draw(st.integers(1, 40)), TIME))]
    k = draw(st.integers(0, len(meetings) - 1))
    start, end = meetings[k]
    kind = draw(st.sampled_from(["duplicate", "inside", "early", "late"]))
    if kind == "duplicate":
        extra = [start, end]
    elif kind == "inside":
        a = draw(st.integers(start, end - 1))
        extra = [a, draw(st.integers(a + 1, end))]
    elif kind == "early":  # ends one unit inside the meeting
        extra = [max(0, start - draw(st.integers(1, 5))), start + 1]
    else:  # starts one unit before the meeting ends
        extra = [end - 1, end + draw(st.integers(0, 5))]
    meetings.insert(draw(st.integers(0, len(meetings))), extra)
    return {"intervals": meetings}


@st.composite
def _meeting(draw: st.DrawFn, limit: int) -> list[int]:
    start = draw(st.integers(0, limit - 1))
    return [start, draw(st.integers(start + 1, min(limit, start + 10)))]


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 1000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    intervals = sized(n, rnd)["intervals"]
    if draw(st.booleans()):  # one clash hidden among many meetings
        start, end = rnd.choice(intervals)
        intervals.append([rnd.randint(start, end - 1), end + rnd.randint(0, 3)])
        rnd.shuffle(intervals)
    return {"intervals": intervals}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"intervals": []}),
        st.lists(_meeting(TIME), min_size=1, max_size=1).map(lambda m: {"intervals": m}),
        st.lists(_meeting(30), max_size=8).map(lambda m: {"intervals": m}),  # dense
        _free(),
        _one_clash(),
        _one_clash(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n meetings over [0, 10^6] with no clash (about half of them back to back), in
    random order: every pair must be ruled out."""
    points = sorted(rnd.sample(range(TIME + 1), 2 * n))
    meetings = [[points[2 * k], points[2 * k + 1]] for k in range(n)]
    for k in range(1, n):
        if rnd.random() < 0.5:
            meetings[k][0] = meetings[k - 1][1]  # starts exactly when the previous ends
    rnd.shuffle(meetings)
    return {"intervals": meetings}
