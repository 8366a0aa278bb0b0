import random

from hypothesis import strategies as st

MAX_LEN = 200
MAX_VALUE = 100
# A plain recursion (the slow/ solution) tries putting each element in or out; generated
# inputs that would take it over STEPS calls are cut to SHORT elements, and the ladder
# shows it exponential.
STEPS = 50_000
SHORT = 14


def can_partition(nums: list[int]) -> bool:
    """reach[s]: some subset of the elements seen so far sums to s. Walking the sums
    downwards uses each element at most once."""
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    reach = [True] + [False] * half
    for value in nums:
        for s in range(half, value - 1, -1):
            if reach[s - value]:
                reach[s] = True
        if reach[half]:
            return True
    return reach[half]


# -- generators ----------------------------------------------------------------------


class _TooMany(Exception):
    pass


def _naive_calls(nums: list[int]) -> int:
    """The calls of the plain recursion (take nums[i] or not, stop at an exact half or
    an overshoot), up to STEPS + 1."""
    total = sum(nums)
    if total % 2:
        return 1
    calls = 0

    def fits(i: int, left: int) -> bool:
        nonlocal calls
        calls += 1
        if calls > STEPS:
            raise _TooMany
        if left == 0:
            return True
        if left < 0 or i == len(nums):
            return False
        return fits(i + 1, left - nums[i]) or fits(i + 1, left)

    try:
        fits(0, total // 2)
    except _TooMany:
        return STEPS + 1
    return calls


def _bounded(nums: list[int]) -> dict:
    if _naive_calls(nums) > STEPS:
        nums = nums[:SHORT]
    return {"nums": nums}


_TINY = st.lists(st.integers(1, 6), min_size=1, max_size=10)


@st.composite
def _planted(draw: st.DrawFn) -> list[int]:
    """A positive: a multiset A, then sum(A) split into parts of 1 to 100 (B), shuffled
    together; sometimes one element changed or dropped."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    count = draw(st.integers(1, MAX_LEN // 4))
    high = draw(st.sampled_from([3, 10, MAX_VALUE]))
    a = [rnd.randint(1, high) for _ in range(count)]
    left, b = sum(a), []
    while left:
        part = rnd.randint(1, min(left, MAX_VALUE))
        b.append(part)
        left -= part
    nums = (a + b)[:MAX_LEN]
    rnd.shuffle(nums)
    change = draw(st.sampled_from(["none", "none", "bump", "drop"]))
    if change == "bump":
        at = rnd.randrange(len(nums))
        nums[at] = max(1, min(MAX_VALUE, nums[at] + rnd.choice([-2, -1, 1, 2])))
    elif change == "drop" and len(nums) > 1:
        nums.pop(rnd.randrange(len(nums)))
    return nums


@st.composite
def _even_no_split(draw: st.DrawFn) -> list[int]:
    """An even total that cannot be split: all values even with half the total odd, a
    few large values that small ones cannot bridge, or one value above the rest."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    shape = draw(st.sampled_from(["parity", "bridge", "giant", "fixed"]))
    if shape == "fixed":
        return [1, 1, 1, 1, 100, 100, 100, 100, 6]
    if shape == "parity":
        nums = [2 * rnd.randint(1, 50) for _ in range(draw(st.integers(1, 12)))]
        if sum(nums) % 4 == 0:
            nums[0] = nums[0] + 2 if nums[0] < MAX_VALUE else nums[0] - 2
        return nums
    if shape == "bridge":
        big = [100] * (2 * draw(st.integers(1, 3)) - 1)
        small = [2] * draw(st.integers(1, 20))
        nums = big + small
        if sum(nums) % 2:
            nums.append(1)
        rnd.shuffle(nums)
        return nums
    rest = [1] * (2 * draw(st.integers(0, 40)))
    return [MAX_VALUE] + rest


@st.composite
def _random(draw: st.DrawFn) -> list[int]:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    high = draw(st.sampled_from([2, 10, MAX_VALUE]))
    return [rnd.randint(1, high) for _ in range(draw(st.integers(1, MAX_LEN)))]


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_TINY, _TINY, st.integers(1, MAX_VALUE).map(lambda v: [v]),
                     _planted(), _planted(), _even_no_split(), _even_no_split(),
                     _random()).map(_bounded)


def sized(n: int, rnd: random.Random) -> dict:
    """n even values with half the total odd: no split exists, so the table is filled to
    the end and a plain recursion tries exponentially many subsets."""
    nums = [2 * rnd.randint(1, 50) for _ in range(min(n, MAX_LEN))]
    if sum(nums) % 4 == 0:
        nums[0] = nums[0] + 2 if nums[0] < MAX_VALUE else nums[0] - 2
    return {"nums": nums}
