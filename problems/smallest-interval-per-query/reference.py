import heapq
import random

from hypothesis import strategies as st

from trainer.problems.shapes import random_intervals

TOP = 10**7


def min_interval_size(intervals: list[list[int]], queries: list[int]) -> list[int]:
    by_start = sorted(intervals)
    answers = [-1] * len(queries)
    open_now: list[tuple[int, int]] = []  # (size, end) of intervals started so far
    taken = 0
    for index in sorted(range(len(queries)), key=queries.__getitem__):
        q = queries[index]
        while taken < len(by_start) and by_start[taken][0] <= q:
            start, end = by_start[taken]
            heapq.heappush(open_now, (end - start + 1, end))
            taken += 1
        while open_now and open_now[0][1] < q:  # ended before q: it contains no later query
            heapq.heappop(open_now)
        if open_now:
            answers[index] = open_now[0][0]
    return answers


def _queries(rnd: random.Random, intervals: list[list[int]], count: int, low: int,
             high: int) -> list[int]:
    """Endpoints (and one past them), points outside every interval, random points, and
    repeats."""
    found = []
    for _ in range(count):
        kind = rnd.random()
        if kind < 0.35 and intervals:
            start, end = rnd.choice(intervals)
            found.append(rnd.choice([start, end, start - 1, end + 1]))
        elif kind < 0.45:
            found.append(rnd.choice([low - rnd.randint(1, 5), high + rnd.randint(1, 5)]))
        elif kind < 0.6 and found:
            found.append(rnd.choice(found))
        else:
            found.append(rnd.randint(low, high))
    return [min(TOP, max(1, q)) for q in found]


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """A few intervals in 1..12, drawn one by one: small failures."""
    pair = st.tuples(st.integers(1, 12), st.integers(0, 4)).map(lambda p: [p[0], p[0] + p[1]])
    intervals = draw(st.lists(pair, min_size=1, max_size=6))
    queries = draw(st.lists(st.integers(1, 18), min_size=1, max_size=6))
    return {"intervals": intervals, "queries": queries}


@st.composite
def _random(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 300))
    q = draw(st.integers(1, 300))
    width = draw(st.sampled_from([20, 200, 10**4, TOP - 100]))
    longest = draw(st.sampled_from([0, 3, 50, width]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    low = rnd.randint(1, TOP - width)
    intervals = random_intervals(rnd, n, low, low + width, longest)
    if rnd.random() < 0.3:  # nested: each one inside the one before
        a, b = low, low + width
        intervals = []
        for _ in range(n):
            intervals.append([a, b])
            if b - a >= 2:
                a, b = a + rnd.randint(0, 1), b - rnd.randint(0, 1)
        rnd.shuffle(intervals)
    return {"intervals": intervals, "queries": _queries(rnd, intervals, q, low, low + width)}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(200, 500))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"intervals": [[1, 1]], "queries": [1]}),
        st.just({"intervals": [[5, 9]], "queries": [4, 10]}),
        _small(),
        _small(),
        _random(),
        _random(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n intervals and n queries over the whole range, lengths up to a tenth of it."""
    intervals = random_intervals(rnd, n, 1, TOP, TOP // 10)
    return {"intervals": intervals, "queries": _queries(rnd, intervals, n, 1, TOP)}
