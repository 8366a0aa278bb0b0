import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

HEIGHT = 10**5


def trap(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    left_max = right_max = 0  # the tallest bars in heights[:lo] and heights[hi + 1:]
    water = 0
    while lo <= hi:
        # the lower side's tallest bar fixes its level: the other side has one as tall
        if left_max <= right_max:
            left_max = max(left_max, heights[lo])
            water += left_max - heights[lo]
            lo += 1
        else:
            right_max = max(right_max, heights[hi])
            water += right_max - heights[hi]
            hi -= 1
    return water


def baseline(heights: list[int]) -> int:
    """The tallest bar from each side, kept in two lists: the slowest approach accepted."""
    n = len(heights)
    left, right = [0] * n, [0] * n
    tallest = 0
    for i in range(n):
        tallest = max(tallest, heights[i])
        left[i] = tallest
    tallest = 0
    for i in range(n - 1, -1, -1):
        tallest = max(tallest, heights[i])
        right[i] = tallest
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))


def _case(heights: list[int]) -> dict:
    return {"heights": heights}


@st.composite
def _valley(draw: st.DrawFn) -> dict:
    """One deep valley between two walls of different heights, with a little noise."""
    depth = draw(st.integers(1, 60))
    left, right = draw(st.integers(0, depth)), draw(st.integers(0, depth))
    down = sorted(draw(st.lists(st.integers(0, left), max_size=15)), reverse=True)
    up = sorted(draw(st.lists(st.integers(0, right), max_size=15)))
    return _case([left] + down + [0] * draw(st.integers(0, 5)) + up + [right])


@st.composite
def _peak(draw: st.DrawFn) -> dict:
    """A single peak in the middle, rising and falling (with plateaus): no water."""
    rise = sorted(draw(st.lists(st.integers(0, 50), max_size=20)))
    fall = sorted(draw(st.lists(st.integers(0, 50), max_size=20)), reverse=True)
    return _case(rise + [draw(st.integers(50, 60))] * draw(st.integers(1, 3)) + fall)


@st.composite
def _plateaus(draw: st.DrawFn) -> dict:
    """Runs of equal heights: flat walls, flat floors, equal tallest bars on both sides."""
    heights: list[int] = []
    for _ in range(draw(st.integers(1, 8))):
        heights += [draw(st.integers(0, 6))] * draw(st.integers(1, 6))
    return _case(heights)


@st.composite
def _nested(draw: st.DrawFn) -> dict:
    """Small peaks inside a basin of two tall walls: the water covers the small peaks,
    so filling only between neighbouring peaks, or between neighbours, falls short."""
    inner = draw(st.lists(st.integers(0, 20), min_size=1, max_size=40))
    walls = draw(st.integers(21, HEIGHT)), draw(st.integers(21, HEIGHT))
    outside = draw(st.lists(st.integers(0, 30), max_size=4))
    return _case(outside + [walls[0]] + inner + [walls[1]] + outside[::-1])


@st.composite
def _monotone(draw: st.DrawFn) -> dict:
    values = sorted(draw(st.lists(st.integers(0, HEIGHT), max_size=60)))
    return _case(values[::-1] if draw(st.booleans()) else values)


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(0, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    height = st.integers(0, HEIGHT)
    return st.one_of(
        st.just(_case([])),
        st.lists(height, min_size=1, max_size=2).map(_case),  # one and two bars
        st.lists(st.integers(0, 4), min_size=3, max_size=5).map(_case),
        st.tuples(st.integers(1, 50), height).map(lambda nh: _case([nh[1]] * nh[0])),
        _monotone(),
        _valley(),
        _peak(),
        _plateaus(),
        _nested(),
        st.lists(st.integers(0, 10), max_size=80).map(_case),  # random noise, many ties
        st.lists(height, max_size=300).map(_case),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Random noise with the tallest bars away from the ends, so that water stands over
    most of the row and both sides keep changing their tallest bar."""
    heights = integers(rnd, n, 0, HEIGHT // 2)
    if n >= 8:
        for _ in range(3):
            heights[rnd.randrange(n // 8, n // 2)] = rnd.randint(HEIGHT // 2, HEIGHT)
            heights[rnd.randrange(n // 2, n - n // 8)] = rnd.randint(HEIGHT // 2, HEIGHT)
    return _case(heights)
