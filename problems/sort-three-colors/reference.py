import random

from hypothesis import strategies as st

MAX_N = 10**5


def sort_colors(nums: list[int]) -> None:
    """The Dutch national flag partition: nums[:low] are 0s, nums[low:mid] are 1s,
    nums[high + 1:] are 2s, and nums[mid:high + 1] is still unseen."""
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        value = nums[mid]
        if value == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif value == 1:
            mid += 1
        else:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1


def _colors(n: int, rnd: random.Random, colors: tuple[int, ...] = (0, 1, 2)) -> list[int]:
    return rnd.choices(colors, k=n)


@st.composite
def _subset(draw: st.DrawFn, max_size: int) -> dict:
    """Random lists over one, two or all three colors."""
    colors = draw(st.sampled_from([(0,), (1,), (2,), (0, 1), (0, 2), (1, 2), (0, 1, 2)]))
    return {"nums": draw(st.lists(st.sampled_from(colors), max_size=max_size))}


@st.composite
def _ordered(draw: st.DrawFn) -> dict:
    """Already sorted, or reverse sorted: blocks of each color in one order or the other."""
    counts = [draw(st.integers(0, 30)) for _ in range(3)]
    nums = [0] * counts[0] + [1] * counts[1] + [2] * counts[2]
    return {"nums": nums[::-1] if draw(st.booleans()) else nums}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    colors = draw(st.sampled_from([(0, 1, 2), (0, 2), (2,), (1, 2)]))
    return {"nums": _colors(draw(st.integers(200, 1000)), rnd, colors)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"nums": []}),
        st.builds(lambda v: {"nums": [v]}, st.sampled_from([0, 1, 2])),
        st.builds(lambda v, n: {"nums": [v] * n}, st.sampled_from([0, 1, 2]),
                  st.integers(2, 40)),  # one color only
        _subset(8),  # small: failures shrink to a readable list
        _subset(60),
        _ordered(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n random colors: about a third of each, so every branch of a pass is taken."""
    return {"nums": _colors(n, rnd)}
