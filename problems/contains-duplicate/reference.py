import random

from hypothesis import strategies as st

VALUE = 10**9


def contains_duplicate(nums: list[int]) -> bool:
    seen: set[int] = set()
    for value in nums:
        if value in seen:
            return True
        seen.add(value)
    return False


def _distinct(min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(-VALUE, VALUE), min_size=min_size, max_size=max_size,
                    unique=True)


@st.composite
def _far_pair(draw: st.DrawFn) -> list[int]:
    """Distinct values, then exactly one repeated pair: near both ends, or anywhere."""
    nums = draw(_distinct(min_size=2))
    n = len(nums)
    if draw(st.booleans()):  # near both ends
        i = draw(st.integers(0, min(2, n - 2)))
        j = max(i + 1, n - 1 - draw(st.integers(0, 2)))
    else:
        i = draw(st.integers(0, n - 2))
        j = draw(st.integers(i + 1, n - 1))
    if draw(st.booleans()):  # either value of the pair can be the repeated one
        nums[j] = nums[i]
    else:
        nums[i] = nums[j]
    return nums


@st.composite
def _ends(draw: st.DrawFn) -> list[int]:
    """The only repeat is at the first and last positions."""
    nums = draw(_distinct(min_size=1, max_size=50))
    return nums + [nums[0]]


@st.composite
def _large(draw: st.DrawFn) -> list[int]:
    n = draw(st.integers(200, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))["nums"]


def inputs() -> st.SearchStrategy[dict]:
    nums = st.one_of(
        st.just([]),
        st.lists(st.integers(-VALUE, VALUE), min_size=1, max_size=1),
        st.lists(st.sampled_from([-VALUE, VALUE]), min_size=1, max_size=3),
        _distinct(),
        _distinct(max_size=8),
        _far_pair(),
        _ends(),
        st.lists(st.integers(-3, 3), min_size=0, max_size=10),  # tiny range: mostly repeats
        st.lists(st.just(7), min_size=2, max_size=20),  # all equal
        _large(),
    )
    return nums.map(lambda values: {"nums": values})


def sized(n: int, rnd: random.Random) -> dict:
    """Distinct values, and either no repeat or one at the last two positions: every
    position must be looked at."""
    nums = rnd.sample(range(-VALUE, VALUE), n)
    if rnd.random() < 0.5:
        nums[-1] = nums[-2]
    return {"nums": nums}
