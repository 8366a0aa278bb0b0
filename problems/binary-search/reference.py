import random

from hypothesis import strategies as st

from trainer.problems.shapes import increasing_runs

VALUE = 10**9


def binary_search(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:  # if target is in nums, its index is in [lo, hi]
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


# -- generators -------------------------------------------------------------------------


def _target_for(nums: list[int], mode: str, pick: int, other: int) -> int:
    """A target of the given kind for a sorted, non-empty list of distinct values."""
    n = len(nums)
    if mode == "first":
        return nums[0]
    if mode == "last":
        return nums[-1]
    if mode == "middle":
        return nums[(n - 1) // 2 if pick % 2 else n // 2]
    if mode == "present":
        return nums[pick % n]
    if mode == "below":  # (the minimum itself when nothing fits below it)
        return max(-VALUE, nums[0] - 1 - other % 5)
    if mode == "above":
        return min(VALUE, nums[-1] + 1 + other % 5)
    if mode == "gap":
        gaps = [i for i in range(n - 1) if nums[i + 1] - nums[i] >= 2]
        if not gaps:
            return nums[-1] + 1
        i = gaps[pick % len(gaps)]
        return nums[i] + 1 + other % (nums[i + 1] - nums[i] - 1)
    return other  # "any"


MODES = ["first", "last", "middle", "present", "below", "above", "gap", "any"]


@st.composite
def _with_target(draw: st.DrawFn, lists: st.SearchStrategy[list[int]]) -> dict:
    nums = sorted(draw(lists))
    other = draw(st.integers(-VALUE, VALUE))
    if not nums:
        return {"nums": nums, "target": other}
    mode = draw(st.sampled_from(MODES))
    pick = draw(st.integers(0, 10**6))
    return {"nums": nums, "target": _target_for(nums, mode, pick, other)}


@st.composite
def _range_built(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    nums = increasing_runs(rnd, draw(st.integers(1, 2000)), VALUE)
    mode = draw(st.sampled_from(MODES))
    target = _target_for(nums, mode, rnd.randrange(10**6), rnd.randint(-VALUE, VALUE))
    return {"nums": nums, "target": target}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.integers(-VALUE, VALUE).map(lambda t: {"nums": [], "target": t}),
        _with_target(st.lists(st.integers(-VALUE, VALUE), min_size=1, max_size=1)),
        _with_target(st.lists(st.integers(-VALUE, VALUE), min_size=2, max_size=3,
                              unique=True)),
        _with_target(st.lists(st.integers(-20, 20), unique=True, max_size=41)),
        _with_target(st.lists(st.integers(-VALUE, VALUE), unique=True, max_size=300)),
        _with_target(st.lists(st.sampled_from([-VALUE, VALUE, 0, -VALUE + 1, VALUE - 1]),
                              unique=True, min_size=1)),
        _range_built(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n values from arithmetic ranges; the target near the top (last element, a gap just
    before it, or above the maximum): the worst case for a scan from the left."""
    nums = increasing_runs(rnd, n, VALUE)
    mode = rnd.choice(["last", "above", "nearly-last"])
    if mode == "nearly-last":
        target = nums[-2] + 1 if nums[-1] - nums[-2] >= 2 else nums[-2]
    else:
        target = _target_for(nums, mode, 0, rnd.randrange(10**6))
    return {"nums": nums, "target": target}
