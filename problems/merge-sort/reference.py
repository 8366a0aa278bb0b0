import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**9


def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    middle = len(nums) // 2
    left = merge_sort(nums[:middle])
    right = merge_sort(nums[middle:])
    merged: list[int] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


_values = st.one_of(st.integers(-VALUE, VALUE), st.sampled_from([-VALUE, VALUE, 0]))


@st.composite
def _ordered(draw: st.DrawFn) -> dict:
    """Already sorted or reverse-sorted lists."""
    nums = draw(st.lists(_values, max_size=200))
    nums = merge_sort(nums)
    if draw(st.booleans()):
        nums.reverse()
    return {"nums": nums}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(200, 600))
    spread = draw(st.sampled_from([3, 50, VALUE]))  # heavy duplicates .. all distinct
    return {"nums": integers(rnd, n, -spread, spread)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"nums": []}),
        st.builds(lambda v: {"nums": [v]}, _values),
        st.builds(lambda v, n: {"nums": [v] * n}, _values, st.integers(2, 100)),  # all equal
        st.lists(_values, max_size=60).map(lambda nums: {"nums": nums}),
        st.lists(st.integers(-3, 3), max_size=200).map(lambda nums: {"nums": nums}),
        _ordered(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Distinct values in decreasing order: the worst case for insertion sort."""
    nums = merge_sort(rnd.sample(range(-VALUE, VALUE), n))
    return {"nums": nums[::-1]}
