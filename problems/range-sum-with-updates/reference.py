import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4
MAX_N = 10**5


class RangeSumArray:
    """A Fenwick (binary indexed) tree over the array, and the array itself, so that an
    update knows by how much the value changes."""

    def __init__(self, nums: list[int]) -> None:
        self._nums = list(nums)
        n = len(nums)
        tree = [0] * (n + 1)  # tree[i] is the sum of nums over (i - lowbit(i), i]
        for i, value in enumerate(nums, 1):
            tree[i] += value
            parent = i + (i & -i)
            if parent <= n:
                tree[parent] += tree[i]
        self._tree = tree

    def _prefix(self, count: int) -> int:
        """The sum of the first `count` values."""
        total = 0
        while count > 0:
            total += self._tree[count]
            count -= count & -count
        return total

    def update(self, index: int, val: int) -> None:
        delta = val - self._nums[index]
        self._nums[index] = val
        i = index + 1
        while i < len(self._tree):
            self._tree[i] += delta
            i += i & -i

    def sum_range(self, left: int, right: int) -> int:
        return self._prefix(right + 1) - self._prefix(left)


# -- generated call sequences -----------------------------------------------------------
# The calls' indices must lie inside the array, whose length the constructor's draw
# decides: it is kept in _size, and each index is drawn as any number and folded into
# 0..n-1 (Hypothesis draws the constructor first, then the calls in order). Index 0, the
# last index and the full range are drawn on purpose, and a few small indices often, so
# that one position is updated again and again.
_size = [1]


def _remember(nums: list[int]) -> dict:
    _size[0] = len(nums)
    return {"nums": nums}


_VALUES = st.one_of(st.integers(-3, 3), st.integers(-VALUE, VALUE),
                    st.sampled_from([-VALUE, VALUE]))


@st.composite
def _large(draw: st.DrawFn) -> list[int]:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return integers(rnd, draw(st.integers(50, 2000)), -VALUE, VALUE)


def init() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.lists(_VALUES, min_size=1, max_size=1),  # n = 1
        st.lists(_VALUES, min_size=1, max_size=8),
        st.lists(_VALUES, min_size=1, max_size=60),
        _large(),
    ).map(_remember)


_FIRST, _LAST = "first", "last"
_RAW = st.one_of(st.sampled_from([_FIRST, _LAST]), st.integers(0, 2), st.integers(0, MAX_N))


def _fold(raw: int | str) -> int:
    n = _size[0]
    if raw == _FIRST:
        return 0
    if raw == _LAST:
        return n - 1
    return raw % n


@st.composite
def _update(draw: st.DrawFn) -> dict:
    index = _fold(draw(_RAW))
    return {"index": index, "val": draw(_VALUES)}


@st.composite
def _query(draw: st.DrawFn) -> dict:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # the whole array
        return {"left": 0, "right": _size[0] - 1}
    if kind == 1:  # one position
        index = _fold(draw(_RAW))
        return {"left": index, "right": index}
    a, b = _fold(draw(_RAW)), _fold(draw(_RAW))
    return {"left": min(a, b), "right": max(a, b)}


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {"update": _update(), "sum_range": _query()}


def sized(n: int, rnd: random.Random) -> dict:
    """An array of n values, then n calls: updates anywhere and range sums that mostly
    span over half of the array (the whole of it now and then). Summing a slice, or
    rebuilding a prefix-sum array after each update, is O(n) per call."""
    nums = integers(rnd, n, -VALUE, VALUE)
    calls: list = []
    for i in range(n):
        if i % 2 == 0:
            calls.append(["update", {"index": rnd.randrange(n), "val": rnd.randint(-VALUE, VALUE)}])
        elif i % 10 == 1:
            calls.append(["sum_range", {"left": 0, "right": n - 1}])
        else:
            left = rnd.randrange(max(1, n // 4))
            calls.append(["sum_range", {"left": left, "right": rnd.randrange(n - n // 4, n)}])
    return {"init": {"nums": nums}, "calls": calls}
