import random

from hypothesis import strategies as st

VALUE = 10**9


def single_number(nums: list[int]) -> int:
    result = 0
    for value in nums:
        result ^= value
    return result


def _build(values: list[int], rnd: random.Random) -> list[int]:
    """values[0] once, every other value twice, shuffled."""
    nums = [values[0]] + values[1:] * 2
    rnd.shuffle(nums)
    return nums


@st.composite
def _drawn(draw: st.DrawFn, values: st.SearchStrategy[int], max_pairs: int) -> dict:
    distinct = draw(st.lists(values, min_size=1, max_size=max_pairs + 1, unique=True))
    single = draw(st.one_of(st.sampled_from(distinct), st.sampled_from(
        [v for v in (0, -1, -VALUE, VALUE, min(distinct), max(distinct)) if v in distinct]
        or distinct)))
    distinct.remove(single)
    nums = [single] + distinct * 2
    return {"nums": draw(st.permutations(nums))}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    pairs = draw(st.integers(100, 500))
    values = rnd.sample(range(-VALUE, VALUE + 1), pairs + 1)
    return {"nums": _build(values, rnd)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda v: {"nums": [v]}, st.integers(-VALUE, VALUE)),
        _drawn(st.integers(-VALUE, VALUE), 40),
        _drawn(st.integers(-5, 5), 10),  # zeros and small negatives, singleton included
        _drawn(st.integers(-VALUE, -1), 30),  # negative values only
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n (odd) values; the lone value is placed last, the worst case for counting scans."""
    pairs = n // 2
    values = rnd.sample(range(-VALUE, VALUE + 1), pairs + 1)
    nums = values[1:] * 2
    rnd.shuffle(nums)
    return {"nums": [*nums, values[0]]}
