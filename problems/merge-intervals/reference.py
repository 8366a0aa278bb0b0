import random

from hypothesis import strategies as st

from trainer.problems.shapes import random_intervals

COORD = 10**4


def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:  # shares a point with the last group
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


@st.composite
def _random(draw: st.DrawFn) -> list[list[int]]:
    """Intervals in a narrow range (many overlaps, duplicates and shared endpoints) or a
    wide one (mostly apart)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, 40))
    high = draw(st.sampled_from([5, 20, 60, 300, COORD]))
    longest = draw(st.sampled_from([0, 1, 3, 10, high]))
    return random_intervals(rnd, n, 0, high, longest)


@st.composite
def _chain(draw: st.DrawFn) -> list[list[int]]:
    """Neighbours that touch (share an endpoint: one group) or sit side by side (one
    apart: all separate), or a mix, shuffled."""
    step = draw(st.sampled_from(["touch", "apart", "mixed"]))
    intervals, position = [], draw(st.integers(0, 10))
    for _ in range(draw(st.integers(1, 30))):
        length = draw(st.integers(0, 4))
        intervals.append([position, position + length])
        gap = {"touch": 0, "apart": 1}.get(step) if step != "mixed" else draw(st.integers(0, 1))
        position += length + gap
    return draw(st.permutations(intervals))


@st.composite
def _nested(draw: st.DrawFn) -> list[list[int]]:
    """Intervals inside a wide one, the wide one anywhere in the order."""
    start = draw(st.integers(0, COORD - 20))
    end = draw(st.integers(start + 10, min(COORD, start + 1000)))
    inner = draw(st.lists(st.integers(start, end).flatmap(
        lambda a: st.integers(a, end).map(lambda b: [a, b])), max_size=10))
    outside = draw(st.lists(st.integers(0, start - 1).map(lambda a: [a, a]), max_size=3)
                   if start > 0 else st.just([]))
    return draw(st.permutations([[start, end], *inner, *outside]))


@st.composite
def _identical(draw: st.DrawFn) -> list[list[int]]:
    start = draw(st.integers(0, COORD))
    interval = [start, draw(st.integers(start, COORD))]
    return [list(interval) for _ in range(draw(st.integers(1, 8)))]


@st.composite
def _large(draw: st.DrawFn) -> list[list[int]]:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, 1000))
    if draw(st.booleans()):
        return sized(n, rnd)["intervals"]  # all apart
    return random_intervals(rnd, n, 0, COORD, draw(st.sampled_from([5, 30, 200])))


def inputs() -> st.SearchStrategy[dict]:
    one = st.integers(0, COORD).flatmap(lambda a: st.integers(a, COORD).map(lambda b: [[a, b]]))
    extremes = st.sampled_from([[[0, 0]], [[COORD, COORD]], [[0, COORD]],
                                [[0, 0], [COORD, COORD]], [[0, COORD], [0, 0], [COORD, COORD]]])
    return st.one_of(
        one, extremes, _random(), _random(), _chain(), _nested(), _identical(), _large(),
    ).map(lambda intervals: {"intervals": intervals})


def sized(n: int, rnd: random.Random) -> dict:
    """n intervals over [0, 10^4], no two sharing a point (most with whole numbers between
    them, a few side by side), in random order: nothing merges, so a merge that compares
    each interval with every group so far does n^2 / 2 comparisons."""
    n = min(n, COORD)
    starts = sorted(rnd.sample(range(COORD + 1), n))
    intervals = [[start, start + rnd.randrange(after - start)]
                 for start, after in zip(starts, starts[1:] + [COORD + 1], strict=True)]
    rnd.shuffle(intervals)
    return {"intervals": intervals}
