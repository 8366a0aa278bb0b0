import random

from hypothesis import strategies as st

from trainer.problems.shapes import random_intervals

LOW, HIGH = -5 * 10**4, 5 * 10**4


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    kept = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if last_end is None or start >= last_end:  # touching is not overlapping
            kept += 1
            last_end = end
    return len(intervals) - kept


@st.composite
def _random(draw: st.DrawFn) -> list[list[int]]:
    """Intervals in a narrow range (many overlaps, duplicates, shared endpoints) or a wide
    one."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, 40))
    low = draw(st.sampled_from([LOW, -10, 0]))
    high = low + draw(st.sampled_from([3, 12, 50, 400, HIGH - low]))
    longest = draw(st.sampled_from([1, 2, 5, 20, high - low]))
    return random_intervals(rnd, n, low, high, longest, shortest=1)


@st.composite
def _touching_chain(draw: st.DrawFn) -> list[list[int]]:
    """Intervals end to end (answer 0), shuffled, sometimes with a few extras on top."""
    position = draw(st.integers(LOW, HIGH - 200))
    chain = []
    for _ in range(draw(st.integers(1, 30))):
        length = draw(st.integers(1, 5))
        chain.append([position, position + length])
        position += length
    extras = draw(st.lists(st.sampled_from(chain).map(
        lambda i: [i[0], min(HIGH, i[1] + draw(st.integers(0, 6)))]), max_size=3))
    return draw(st.permutations(chain + extras))


@st.composite
def _cover(draw: st.DrawFn) -> list[list[int]]:
    """One interval covering all the others, which may or may not overlap each other."""
    start = draw(st.integers(LOW, HIGH - 40))
    end = draw(st.integers(start + 20, min(HIGH, start + 500)))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    inner = random_intervals(rnd, draw(st.integers(1, 20)), start, end,
                             draw(st.sampled_from([1, 3, 10])), shortest=1)
    return draw(st.permutations([[start, end], *inner]))


@st.composite
def _identical(draw: st.DrawFn) -> list[list[int]]:
    start = draw(st.integers(LOW, HIGH - 1))
    end = draw(st.integers(start + 1, HIGH))
    return [[start, end] for _ in range(draw(st.integers(1, 10)))]


@st.composite
def _greedy_traps(draw: st.DrawFn) -> list[list[int]]:
    """A long interval that starts first (keeping it is wrong), or a short one that
    blocks two others (keeping the shortest is wrong), repeated along the line."""
    intervals = []
    position = draw(st.integers(LOW, 0))
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            intervals += [[position, position + 10], [position + 1, position + 3],
                          [position + 3, position + 5]]
        else:
            intervals += [[position, position + 4], [position + 3, position + 6],
                          [position + 5, position + 9]]
        position += 10
    return draw(st.permutations(intervals))


@st.composite
def _large(draw: st.DrawFn) -> list[list[int]]:
    return sized(draw(st.integers(1, 1000)), random.Random(draw(st.integers(0, 2**32))))[
        "intervals"]


def inputs() -> st.SearchStrategy[dict]:
    one = st.integers(LOW, HIGH - 1).flatmap(
        lambda a: st.integers(a + 1, HIGH).map(lambda b: [[a, b]]))
    extremes = st.sampled_from([[[LOW, HIGH]], [[LOW, LOW + 1], [HIGH - 1, HIGH]],
                                [[LOW, HIGH], [LOW, 0], [0, HIGH]]])
    return st.one_of(
        one, extremes, _random(), _random(), _touching_chain(), _cover(), _identical(),
        _greedy_traps(), _large(),
    ).map(lambda intervals: {"intervals": intervals})


def sized(n: int, rnd: random.Random) -> dict:
    """n intervals of lengths up to 200 over the whole range, in random order: some
    overlap, many do not, and every interval must be weighed."""
    return {"intervals": random_intervals(rnd, n, LOW, HIGH, 200, shortest=1)}
