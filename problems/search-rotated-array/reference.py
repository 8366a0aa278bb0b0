import random

from hypothesis import strategies as st

from trainer.problems.shapes import increasing_runs

VALUE = 10**9


def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:  # if target is in nums, its index is in [lo, hi]
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:  # nums[lo..mid] climbs with no drop
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # the drop is in the left half, so nums[mid..hi] climbs
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


# -- generators -------------------------------------------------------------------------


def _rotate(values: list[int], r: int) -> list[int]:
    r %= len(values)
    return values[len(values) - r:] + values[:len(values) - r]


MODES = ["first", "last", "pivot", "before-pivot", "left-side", "right-side", "present",
         "below", "above", "gap", "any"]


def _target_for(values: list[int], nums: list[int], mode: str, pick: int, other: int) -> int:
    """A target of the given kind; values is the sorted list, nums its rotation."""
    n = len(nums)
    pivot = nums.index(values[0])  # where the smallest value landed
    if mode == "first":
        return nums[0]
    if mode == "last":
        return nums[-1]
    if mode == "pivot":
        return nums[pivot]
    if mode == "before-pivot":
        return nums[pivot - 1]
    if mode == "left-side" and pivot > 0:
        return nums[pick % pivot]
    if mode == "right-side":
        return nums[pivot + pick % (n - pivot)]
    if mode == "present":
        return nums[pick % n]
    if mode == "below":
        return max(-VALUE, values[0] - 1 - other % 5)
    if mode == "above":
        return min(VALUE, values[-1] + 1 + other % 5)
    if mode == "gap":
        gaps = [i for i in range(n - 1) if values[i + 1] - values[i] >= 2]
        if gaps:
            i = gaps[pick % len(gaps)]
            return values[i] + 1 + other % (values[i + 1] - values[i] - 1)
    return other


@st.composite
def _rotation(draw: st.DrawFn, lists: st.SearchStrategy[list[int]]) -> dict:
    values = sorted(draw(lists))
    n = len(values)
    r = draw(st.one_of(st.just(0), st.just(n - 1), st.just(1), st.integers(0, n - 1)))
    nums = _rotate(values, r)
    mode = draw(st.sampled_from(MODES))
    target = _target_for(values, nums, mode, draw(st.integers(0, 10**6)),
                         draw(st.integers(-VALUE, VALUE)))
    return {"nums": nums, "target": target}


@st.composite
def _range_built(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    values = increasing_runs(rnd, draw(st.integers(1, 2000)), VALUE)
    nums = _rotate(values, rnd.randrange(len(values)))
    mode = draw(st.sampled_from(MODES))
    target = _target_for(values, nums, mode, rnd.randrange(10**6), rnd.randint(-VALUE, VALUE))
    return {"nums": nums, "target": target}


def inputs() -> st.SearchStrategy[dict]:
    unique = dict(unique=True, min_size=1)
    return st.one_of(
        _rotation(st.lists(st.integers(-VALUE, VALUE), max_size=1, **unique)),
        _rotation(st.lists(st.integers(-VALUE, VALUE), max_size=3, **unique)),
        _rotation(st.lists(st.integers(-20, 20), max_size=41, **unique)),
        _rotation(st.lists(st.integers(-VALUE, VALUE), max_size=300, **unique)),
        _rotation(st.lists(st.sampled_from([-VALUE, VALUE, 0, -VALUE + 1, VALUE - 1]),
                           **unique)),
        _range_built(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n range-built values, rotated so the drop sits near the end, and a target near the
    end too (the value just before the drop, the last value, or absent): the worst case
    for a scan from the left, and `in` or `index` read everything."""
    values = increasing_runs(rnd, n, VALUE)
    nums = _rotate(values, n - rnd.randint(1, max(1, n // 50)))  # the drop at index r
    mode = rnd.choice(["last", "before-pivot", "above"])
    return {"nums": nums, "target": _target_for(values, nums, mode, 0, rnd.randrange(10**6))}
