import random
from bisect import bisect_left

from hypothesis import strategies as st

LIMIT = 10**9
MAX_LEN = 10**5
# Generated lists stay under SMALL elements so that the O(n^2) slow/ solution finishes
# them; the complexity ladder checks the long ones.
SMALL = 1000


def length_of_lis(nums: list[int]) -> int:
    """tails[k] = the smallest value ending an increasing subsequence of length k + 1; it
    is sorted, and each value replaces the first tail >= it (or extends the list)."""
    tails: list[int] = []
    for value in nums:
        place = bisect_left(tails, value)
        if place == len(tails):
            tails.append(value)
        else:
            tails[place] = value
    return len(tails)


def baseline(nums: list[int]) -> int:
    """Patience sorting with the binary search written out in Python.

    O(n log n) too, with Python steps in every search: the complexity check times this
    one, so an O(n log n) solution without bisect passes."""
    tails: list[int] = []
    for value in nums:
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if tails[middle] < value:
                low = middle + 1
            else:
                high = middle
        if low == len(tails):
            tails.append(value)
        else:
            tails[low] = value
    return len(tails)


# -- generators ----------------------------------------------------------------------

_VALUE = st.integers(-LIMIT, LIMIT)
_TINY = st.lists(st.integers(-3, 3), max_size=12)


@st.composite
def _random(draw: st.DrawFn) -> list[int]:
    n = draw(st.integers(0, SMALL))
    spread = draw(st.sampled_from([2, 10, 1000, LIMIT]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return [rnd.randint(-spread, spread) for _ in range(n)]


@st.composite
def _ordered(draw: st.DrawFn) -> list[int]:
    """Sorted (with or without repeats), reverse-sorted, or all equal."""
    n = draw(st.integers(1, SMALL))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    values = [rnd.randint(-LIMIT, LIMIT) for _ in range(n)]
    shape = draw(st.sampled_from(["up", "up_repeats", "down", "equal"]))
    if shape == "up":
        return sorted(set(values))
    if shape == "up_repeats":
        return sorted(v % 7 for v in values)
    if shape == "down":
        return sorted(values, reverse=True)
    return [draw(_VALUE)] * n


@st.composite
def _noisy_runs(draw: st.DrawFn) -> list[int]:
    """A long increasing line with noise, repeats and drops: a learner's greedy or
    contiguous-run answer falls short of it."""
    n = draw(st.integers(1, SMALL))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    out = []
    for i in range(n):
        roll = rnd.random()
        if roll < 0.6:
            out.append(i * 10)
        elif roll < 0.8 and out:
            out.append(out[-1])  # a repeat: not increasing
        else:
            out.append(rnd.randint(-LIMIT, LIMIT))
    return out


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_TINY, _TINY, st.just([]), _VALUE.map(lambda v: [v]), _random(),
                     _random(), _ordered(), _noisy_runs(),
                     st.lists(_VALUE, max_size=50)).map(lambda nums: {"nums": nums})


def sized(n: int, rnd: random.Random) -> dict:
    """n random values: the answer is about 2 * sqrt(n), and an O(n^2) scan compares
    every pair."""
    return {"nums": [rnd.randint(-LIMIT, LIMIT) for _ in range(min(n, MAX_LEN))]}
