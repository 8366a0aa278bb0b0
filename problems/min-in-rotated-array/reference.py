import random

from hypothesis import strategies as st

from trainer.problems.shapes import increasing_runs

VALUE = 10**9


def find_min_rotated(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # the smallest value is in nums[lo:hi + 1]
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1  # the drop is after mid
        else:
            hi = mid  # mid..hi climbs: the smallest is mid or before it
    return nums[lo]


def _rotated(values: list[int], r: int) -> dict:
    r %= len(values)
    return {"nums": values[len(values) - r:] + values[:len(values) - r]}


@st.composite
def _rotation(draw: st.DrawFn, lists: st.SearchStrategy[list[int]]) -> dict:
    values = sorted(draw(lists))
    n = len(values)
    r = draw(st.one_of(st.just(0), st.just(n - 1), st.just(1), st.integers(0, n - 1)))
    return _rotated(values, r)


@st.composite
def _range_built(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    values = increasing_runs(rnd, draw(st.integers(1, 2000)), VALUE)
    return _rotated(values, rnd.randrange(len(values)))


def inputs() -> st.SearchStrategy[dict]:
    unique = dict(unique=True, min_size=1)
    return st.one_of(
        st.integers(-VALUE, VALUE).map(lambda x: {"nums": [x]}),
        _rotation(st.lists(st.integers(-VALUE, VALUE), max_size=2, **unique)),
        _rotation(st.lists(st.integers(-VALUE, VALUE), max_size=3, **unique)),
        _rotation(st.lists(st.integers(-20, 20), max_size=41, **unique)),
        _rotation(st.lists(st.integers(-VALUE, VALUE), max_size=300, **unique)),
        _rotation(st.lists(st.sampled_from([-VALUE, VALUE, 0, -VALUE + 1, VALUE - 1]),
                           **unique)),
        _range_built(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n range-built values rotated so that the drop sits near the end: the worst case
    for a scan from the left (and for min(), which always reads everything)."""
    values = increasing_runs(rnd, n, VALUE)
    return _rotated(values, n - rnd.randint(1, max(1, n // 50)))  # the drop at index r
