import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

HEIGHT = 10**4


def max_area(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        # every container that keeps the shorter of the two lines is narrower and no
        # taller than this one, so that line is done with
        if heights[lo] < heights[hi]:
            best = max(best, (hi - lo) * heights[lo])
            lo += 1
        else:
            best = max(best, (hi - lo) * heights[hi])
            hi -= 1
    return best


def _case(heights: list[int]) -> dict:
    return {"heights": heights}


@st.composite
def _tall_ends(draw: st.DrawFn) -> dict:
    """Two tall lines at (or near) the ends around short ones: the widest pair wins."""
    inner = draw(st.lists(st.integers(0, 50), min_size=0, max_size=60))
    left, right = draw(st.integers(51, HEIGHT)), draw(st.integers(51, HEIGHT))
    pad = draw(st.lists(st.integers(0, 5), max_size=2))
    return _case(pad + [left] + inner + [right] + pad[::-1])


@st.composite
def _tall_inside(draw: st.DrawFn) -> dict:
    """Short lines at the ends and a tall pair further in: moving the taller pointer, or
    keeping the widest pair, misses it."""
    n = draw(st.integers(4, 80))
    heights = draw(st.lists(st.integers(0, 20), min_size=n, max_size=n))
    i = draw(st.integers(0, n // 2 - 1))
    j = draw(st.integers(n // 2, n - 1))
    heights[i], heights[j] = draw(st.integers(500, HEIGHT)), draw(st.integers(500, HEIGHT))
    return _case(heights)


@st.composite
def _monotone(draw: st.DrawFn) -> dict:
    values = draw(st.lists(st.integers(0, HEIGHT), min_size=2, max_size=80, unique=True))
    return _case(sorted(values, reverse=draw(st.booleans())))


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(2, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.lists(st.integers(0, HEIGHT), min_size=2, max_size=2).map(_case),  # length 2
        st.integers(2, 200).map(lambda n: _case([0] * n)),  # all zeros
        st.tuples(st.integers(2, 200), st.integers(0, HEIGHT)).map(
            lambda nh: _case([nh[1]] * nh[0])),  # all equal
        _monotone(),
        _tall_ends(),
        _tall_inside(),
        st.lists(st.integers(0, 6), min_size=2, max_size=60).map(_case),  # many ties
        st.lists(st.integers(0, HEIGHT), min_size=2, max_size=200).map(_case),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Random heights with a few tall lines planted away from the ends: every pair is a
    candidate for a nested scan, and the pointers walk the whole list."""
    heights = integers(rnd, n, 0, HEIGHT // 2)
    for _ in range(4):
        heights[rnd.randrange(n // 4, n - n // 4)] = rnd.randint(HEIGHT // 2, HEIGHT)
    return _case(heights)
