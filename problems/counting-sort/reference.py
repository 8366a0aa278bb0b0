import random

from hypothesis import strategies as st

LIMIT = 10**5


def counting_sort(nums: list[int], max_value: int) -> list[int]:
    counts = [0] * (max_value + 1)
    for value in nums:
        counts[value] += 1
    result: list[int] = []
    for value, count in enumerate(counts):
        if count:
            result.extend([value] * count)
    return result


@st.composite
def _bounded(draw: st.DrawFn, max_values: st.SearchStrategy[int], max_size: int) -> dict:
    max_value = draw(max_values)
    values = st.one_of(st.integers(0, max_value), st.sampled_from([0, max_value]))
    nums = draw(st.lists(values, max_size=max_size))
    if nums and draw(st.booleans()):
        nums[draw(st.integers(0, len(nums) - 1))] = max_value  # the bound itself occurs
    return {"nums": nums, "max_value": max_value}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(200, 1000))
    max_value = draw(st.sampled_from([0, 1, 5, 100, n, 20 * n, LIMIT]))
    nums = [*rnd.choices(range(max_value + 1), k=n), max_value]
    rnd.shuffle(nums)
    return {"nums": nums, "max_value": max_value}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda m: {"nums": [], "max_value": m}, st.sampled_from([0, 1, 7, LIMIT])),
        st.builds(lambda n: {"nums": [0] * n, "max_value": 0}, st.integers(1, 50)),
        st.builds(lambda n, m: {"nums": [0] * n, "max_value": m}, st.integers(1, 50),
                  st.integers(1, 100)),
        _bounded(st.integers(0, 10), 40),  # max_value far smaller than len(nums)
        _bounded(st.integers(0, 200), 30),
        # max_value far larger than len(nums)
        _bounded(st.one_of(st.integers(1000, 5000), st.just(LIMIT)), 10),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n values up to max_value = n, in decreasing order: the worst case for insertion."""
    nums = counting_sort(rnd.choices(range(n + 1), k=n), n)
    return {"nums": nums[::-1], "max_value": n}
