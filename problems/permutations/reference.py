import random

from hypothesis import strategies as st

MAX_N = 8
VALUES = range(-10, 11)


def permutations(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []
    used = [False] * len(nums)

    def extend() -> None:
        if len(path) == len(nums):
            result.append(path.copy())
            return
        for i, value in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(value)
                extend()
                path.pop()
                used[i] = False

    extend()
    return result


def _distinct(min_size: int, max_size: int) -> st.SearchStrategy[dict]:
    values = st.lists(st.sampled_from(VALUES), min_size=min_size, max_size=max_size,
                      unique=True)
    return values.map(lambda nums: {"nums": nums})


@st.composite
def _sometimes_long(draw: st.DrawFn) -> dict:
    """About one input in 25 has 7 or 8 values: 8! = 40,320 permutations are slow to
    compare, so most have 1 to 6."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = rnd.randint(7, MAX_N) if rnd.random() < 1 / 25 else rnd.randint(1, 6)
    return {"nums": rnd.sample(VALUES, n)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _distinct(1, 1),
        _distinct(2, 3),
        _distinct(3, 5),
        _sometimes_long(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"nums": rnd.sample(VALUES, n)}
