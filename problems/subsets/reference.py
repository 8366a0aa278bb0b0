import random

from hypothesis import strategies as st

MAX_N = 12
VALUES = range(-10, 11)


def subsets(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = [[]]
    for value in nums:
        result += [subset + [value] for subset in result]
    return result


def _distinct(min_size: int, max_size: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.sampled_from(VALUES), min_size=min_size, max_size=max_size, unique=True)


@st.composite
def _sometimes_long(draw: st.DrawFn) -> dict:
    """About one input in eight has 9 to 12 values: 2^12 subsets are slow to compare."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = rnd.randint(9, MAX_N) if rnd.random() < 1 / 8 else rnd.randint(0, 8)
    return {"nums": rnd.sample(VALUES, n)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"nums": []}),
        _distinct(1, 1).map(lambda nums: {"nums": nums}),
        _distinct(2, 6).map(lambda nums: {"nums": nums}),
        _sometimes_long(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"nums": rnd.sample(VALUES, n)}
