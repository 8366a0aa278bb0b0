import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


def max_subarray_sum(nums: list[int]) -> int:
    best = ending_here = nums[0]  # best block overall, and best block ending at this value
    for value in nums[1:]:
        ending_here = max(value, ending_here + value)
        best = max(best, ending_here)
    return best


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """A strongly positive block hidden between negative stretches, with small dips inside
    it: a solution that restarts at every negative value misses it."""
    left = draw(st.lists(st.integers(-VALUE, -1), max_size=20))
    block = draw(st.lists(st.integers(-5, 100), min_size=1, max_size=40))
    right = draw(st.lists(st.integers(-VALUE, -1), max_size=20))
    return {"nums": left + block + right}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 1000))  # shrinks towards a short list
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def _lists(values: st.SearchStrategy[int], max_size: int = 200) -> st.SearchStrategy[dict]:
    return st.lists(values, min_size=1, max_size=max_size).map(lambda v: {"nums": v})


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _lists(st.integers(-VALUE, VALUE), max_size=1),  # one element
        _lists(st.integers(-VALUE, -1)),  # all negative: the answer is the largest value
        _lists(st.integers(-3, -1), max_size=10),
        _lists(st.integers(0, VALUE)),  # all non-negative: the whole list
        _lists(st.integers(-3, 3)),  # zeros and ties
        _lists(st.integers(-VALUE, VALUE)),
        _lists(st.sampled_from([-VALUE, VALUE])),  # extremes
        _planted(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Random values; the best block is long and somewhere inside the list."""
    return {"nums": integers(rnd, n, -VALUE, VALUE)}
