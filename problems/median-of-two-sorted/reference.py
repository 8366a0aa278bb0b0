import math
import random

from hypothesis import strategies as st

from trainer.problems.shapes import increasing_runs, integers

VALUE = 10**6


def median_of_two_sorted(a, b):
    """Binary search over the shorter list for the split that puts (m + n + 1) // 2 values
    in the lower half."""
    if len(a) > len(b):
        a, b = b, a
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    low, high = 0, m
    while True:
        i = (low + high) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -math.inf
        a_right = a[i] if i < m else math.inf
        b_left = b[j - 1] if j > 0 else -math.inf
        b_right = b[j] if j < n else math.inf
        if a_left > b_right:
            high = i - 1
        elif b_left > a_right:
            low = i + 1
        else:
            lower = max(a_left, b_left)
            if (m + n) % 2:
                return float(lower)
            return (lower + min(a_right, b_right)) / 2


def _sorted(rnd: random.Random, n: int, low: int, high: int) -> list[int]:
    return sorted(integers(rnd, n, low, high))


@st.composite
def _pair(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    most = draw(st.sampled_from([3, 20, 1000]))
    m, n = draw(st.integers(0, most)), draw(st.integers(0, most))
    if m + n == 0:
        n = 1
    span = draw(st.sampled_from([0, 2, 100, VALUE]))
    layout = draw(st.sampled_from(["mixed", "disjoint", "disjoint", "inside"]))
    if layout == "mixed":
        a, b = _sorted(rnd, m, -span, span), _sorted(rnd, n, -span, span)
    elif layout == "disjoint":  # every value of one list below every value of the other
        cut = rnd.randint(-span, span)
        a, b = _sorted(rnd, m, -VALUE, cut), _sorted(rnd, n, cut, VALUE)
    else:  # one list inside the other's range
        a, b = _sorted(rnd, m, -span // 2, span // 2), _sorted(rnd, n, -span, span)
    return {"a": a, "b": b} if draw(st.booleans()) else {"a": b, "b": a}


@st.composite
def _unequal(draw: st.DrawFn) -> dict:
    """A long list and a very short one (or none), often at either end of the long one."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    long = increasing_runs(rnd, draw(st.integers(50, 1000)), VALUE)
    short = _sorted(rnd, draw(st.integers(0, 3)), *draw(st.sampled_from(
        [(-VALUE, VALUE), (-VALUE, -VALUE), (VALUE, VALUE), (long[0], long[-1])])))
    return {"a": short, "b": long} if draw(st.booleans()) else {"a": long, "b": short}


def inputs() -> st.SearchStrategy[dict]:
    value = st.integers(-VALUE, VALUE)
    return st.one_of(
        value.map(lambda x: {"a": [x], "b": []}),
        value.map(lambda x: {"a": [], "b": [x]}),
        st.tuples(value, value).map(lambda p: {"a": [p[0]], "b": [p[1]]}),  # total 2
        st.tuples(value, value).map(lambda p: {"a": sorted(p), "b": []}),
        st.lists(st.integers(-3, 3), min_size=1, max_size=8).map(
            lambda x: {"a": sorted(x), "b": []}),
        st.tuples(st.lists(st.integers(-3, 3), max_size=8),
                  st.lists(st.integers(-3, 3), min_size=1, max_size=8)).map(
            lambda p: {"a": sorted(p[0]), "b": sorted(p[1])}),
        _pair(),
        _pair(),
        _pair(),
        _unequal(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n values in all, split between two range-built lists that interleave: a walk to the
    middle or a merge reads half of them."""
    m = rnd.randint(n // 4, 3 * n // 4)
    return {"a": increasing_runs(rnd, m, VALUE), "b": increasing_runs(rnd, n - m, VALUE)}
