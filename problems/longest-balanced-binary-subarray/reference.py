import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers


def find_max_length(nums: list[int]) -> int:
    first = {0: -1}  # balance (ones minus zeros) -> the first prefix end with it
    balance = best = 0
    for i, value in enumerate(nums):
        balance += 1 if value else -1
        if balance in first:
            best = max(best, i - first[balance])
        else:
            first[balance] = i
    return best


def _random(rnd: random.Random, n: int, ones: float) -> list[int]:
    return [1 if rnd.random() < ones else 0 for _ in range(n)]


@st.composite
def _block(draw: st.DrawFn) -> dict:
    """A long balanced block (a shuffled half-and-half) between unbalanced runs."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    half = draw(st.integers(1, 150))
    block = [0] * half + [1] * half
    rnd.shuffle(block)
    left = [draw(st.sampled_from([0, 1]))] * draw(st.integers(0, 40))
    right = [draw(st.sampled_from([0, 1]))] * draw(st.integers(0, 40))
    noise = _random(rnd, draw(st.integers(0, 30)), rnd.random())
    nums = left + block + right + noise if draw(st.booleans()) else noise + left + block + right
    return {"nums": nums}


@st.composite
def _alternating(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 200))
    start = draw(st.sampled_from([0, 1]))
    return {"nums": [(start + i) % 2 for i in range(n)]}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(100, 1000))
    return {"nums": _random(rnd, n, draw(st.sampled_from([0.5, 0.3, 0.1, 0.02])))}


def inputs() -> st.SearchStrategy[dict]:
    bit = st.sampled_from([0, 1])
    return st.one_of(
        st.builds(lambda b: {"nums": [b]}, bit),
        st.builds(lambda b, n: {"nums": [b] * n}, bit, st.integers(1, 100)),  # all equal: 0
        st.builds(lambda nums: {"nums": nums}, st.lists(bit, min_size=1, max_size=12)),
        st.builds(lambda nums: {"nums": nums}, st.lists(bit, min_size=1, max_size=60)),
        _alternating(),
        _block(),
        _block(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n values, about one in eight a 1: the balance drifts away, so the longest balanced
    subarray is short and a search from every start runs to the end."""
    nums = integers(rnd, n, 0, 7)
    return {"nums": [1 if v == 0 else 0 for v in nums]}
