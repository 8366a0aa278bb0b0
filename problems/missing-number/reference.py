import random

from hypothesis import strategies as st


def missing_number(nums: list[int]) -> int:
    """XOR of every index 0..n and every value: each present value meets its own index
    and cancels, leaving the absent one. O(n), O(1) extra."""
    missing = len(nums)
    for i, v in enumerate(nums):
        missing ^= i ^ v
    return missing


# -- inputs ----------------------------------------------------------------------------
def _without(n: int, gone: int, rnd: random.Random) -> list[int]:
    """range(n + 1) without `gone`, shuffled."""
    nums = [v for v in range(n + 1) if v != gone]
    rnd.shuffle(nums)
    return nums


@st.composite
def _case(draw: st.DrawFn, most: int) -> list[int]:
    n = draw(st.integers(0, most))
    where = draw(st.sampled_from(["zero", "top", "any", "any"]))
    gone = {"zero": 0, "top": n}.get(where)
    if gone is None:
        gone = draw(st.integers(0, n))
    return _without(n, gone, random.Random(draw(st.integers(0, 1 << 32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.sampled_from([[], [0], [1], [0, 1], [1, 2], [2, 0], [1, 0, 3]]),
        _case(10), _case(10), _case(200), _case(1000),
    ).map(lambda nums: {"nums": nums})


def sized(n: int, rnd: random.Random) -> dict:
    """n values, the missing one near the top: looking each candidate up in the list is
    quadratic."""
    return {"nums": _without(n, n - rnd.randint(0, 2), rnd)}
