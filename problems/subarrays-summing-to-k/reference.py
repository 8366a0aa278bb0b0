import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 1000
K = 10**7


def subarray_sum_count(nums: list[int], k: int) -> int:
    seen = {0: 1}  # prefix sums so far -> how many prefixes had that sum
    total = count = 0
    for value in nums:
        total += value
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count


@st.composite
def _planted(draw: st.DrawFn, values: st.SearchStrategy[int], max_size: int) -> dict:
    """k is the sum of a drawn subarray, so there is at least one answer."""
    nums = draw(st.lists(values, min_size=1, max_size=max_size))
    i = draw(st.integers(0, len(nums) - 1))
    j = draw(st.integers(i, len(nums) - 1))
    return {"nums": nums, "k": sum(nums[i:j + 1])}


@st.composite
def _any_k(draw: st.DrawFn) -> dict:
    nums = draw(st.lists(st.integers(-VALUE, VALUE), min_size=1, max_size=50))
    k = draw(st.one_of(st.integers(-K, K), st.integers(-3000, 3000), st.sampled_from([-K, K])))
    return {"nums": nums, "k": k}


@st.composite
def _zeros(draw: st.DrawFn) -> dict:
    """Long runs of zeros with k = 0: quadratically many answers."""
    nums = draw(st.lists(st.sampled_from([0, 0, 0, 1, -1]), min_size=1, max_size=200))
    return {"nums": nums, "k": 0}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(200, 1000))
    spread = draw(st.sampled_from([1, 3, VALUE]))
    nums = integers(rnd, n, -spread, spread)
    i = rnd.randrange(n)
    j = rnd.randrange(i, n)
    return {"nums": nums, "k": sum(nums[i:j + 1])}


def inputs() -> st.SearchStrategy[dict]:
    small = st.integers(-3, 3)
    return st.one_of(
        st.builds(lambda v, k: {"nums": [v], "k": k}, st.integers(-VALUE, VALUE),
                  st.integers(-2, 2)),
        st.builds(lambda v: {"nums": [v], "k": v}, st.integers(-VALUE, VALUE)),
        _planted(small, 40),
        _planted(st.integers(-VALUE, VALUE), 40),
        _planted(st.integers(0, 5), 40),  # non-negative values only
        _any_k(),  # mostly no answer
        _zeros(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Small values around 0 and k = 0: many equal prefix sums, many answers."""
    return {"nums": rnd.choices(range(-2, 3), k=n), "k": 0}
