import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4
# Generated lists stay short so that the exponential slow/ solution finishes them; the
# complexity ladder checks long lists, up to 64,000 values.
SHORT = 22


def rob(nums: list[int]) -> int:
    before, best = 0, 0  # answers for the prefix without its last value, and for all of it
    for value in nums:
        before, best = best, max(best, before + value)
    return best


@st.composite
def _skip_two(draw: st.DrawFn) -> dict:
    """Big values separated by runs of two or three small ones: the best choice skips
    two or more positions in a row, which taking every other position misses."""
    nums: list[int] = []
    while len(nums) < draw(st.integers(4, SHORT - 4)):
        nums.append(draw(st.integers(50, VALUE)))
        nums += draw(st.lists(st.integers(0, 40), min_size=2, max_size=3))
    nums.append(draw(st.integers(50, VALUE)))
    return {"nums": nums}


def inputs() -> st.SearchStrategy[dict]:
    small = st.integers(0, 5)
    values = st.one_of(st.integers(0, VALUE), small)
    return st.one_of(
        st.just({"nums": []}),
        st.lists(values, min_size=1, max_size=2).map(lambda v: {"nums": v}),
        st.integers(1, SHORT).map(lambda n: {"nums": [0] * n}),  # all zeros
        _skip_two(),
        st.lists(small, min_size=3, max_size=SHORT).map(lambda v: {"nums": v}),
        st.lists(values, min_size=3, max_size=SHORT).map(lambda v: {"nums": v}),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"nums": integers(rnd, n, 0, VALUE)}
