import random

from hypothesis import strategies as st

VALUE = 10**5


def can_jump(nums: list[int]) -> bool:
    furthest = 0  # every index up to here is reachable
    for i, step in enumerate(nums):
        if i > furthest:
            return False
        furthest = max(furthest, i + step)
    return True


@st.composite
def _trap_before_end(draw: st.DrawFn) -> dict:
    """Every jump can reach at most index n - 2, which holds 0: False. Setting that 0 to
    1 (or more) makes the same list True."""
    n = draw(st.integers(2, 60))
    nums = [draw(st.integers(0, n - 2 - i)) for i in range(n - 2)]
    if nums:
        nums[0] = draw(st.integers(1, n - 2))
        for i in range(1, n - 2):  # keep every index up to n - 2 reachable
            if max(k + nums[k] for k in range(i)) <= i:
                nums[i] = max(nums[i], 1)
    nums += [draw(st.sampled_from([0, 0, 1, 2])), draw(st.integers(0, VALUE))]
    return {"nums": nums}


@st.composite
def _jump_over_zeros(draw: st.DrawFn) -> dict:
    """Runs of zeros, each preceded by a value long enough to clear it (True), or one too
    short by one (False)."""
    nums: list[int] = []
    for _ in range(draw(st.integers(1, 8))):
        zeros = draw(st.integers(1, 5))
        short = draw(st.integers(0, 4)) == 0
        nums += [zeros if short else zeros + 1 + draw(st.integers(0, 2))] + [0] * zeros
    nums.append(draw(st.integers(0, 3)))
    return {"nums": nums}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(2, 1000))  # shrinks towards a short list
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        return sized(n, rnd)
    return {"nums": [rnd.choice([0, 0, 1, 1, 2, 3, 5]) for _ in range(n)]}


def _lists(values: st.SearchStrategy[int], max_size: int = 60) -> st.SearchStrategy[dict]:
    return st.lists(values, min_size=1, max_size=max_size).map(lambda v: {"nums": v})


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _lists(st.integers(0, VALUE), max_size=1),  # one element: always True
        st.integers(1, 200).map(lambda n: {"nums": [1] * n}),  # all ones
        _trap_before_end(),
        _jump_over_zeros(),
        _lists(st.sampled_from([0, 1, 1, 2, 3])),
        _lists(st.one_of(st.integers(0, 3), st.integers(0, VALUE))),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Long jumps that all stop short of the end: index n - 2 holds 0 and no index can
    jump past it, so the answer is False and every index must be examined. Jumping to
    every index in range from every index costs about n^2 / 4 steps."""
    nums = [rnd.randint(0, n - 2 - i) for i in range(n - 2)]
    if nums:
        nums[0] = n - 2
    return {"nums": nums + [0, rnd.randint(0, VALUE)]}
