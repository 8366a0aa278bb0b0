import random

from hypothesis import strategies as st

MAX_N = 12
VALUES = range(-3, 4)


def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    result: list[list[int]] = []
    path: list[int] = []

    def extend(start: int) -> None:
        result.append(path.copy())
        for i in range(start, len(values)):
            if i > start and values[i] == values[i - 1]:
                continue  # the same value at this level gives the same subsets again
            path.append(values[i])
            extend(i + 1)
            path.pop()

    extend(0)
    return result


def _lists(pool: st.SearchStrategy[int], min_size: int, max_size: int,
           unique: bool = False) -> st.SearchStrategy[dict]:
    values = st.lists(pool, min_size=min_size, max_size=max_size, unique=unique)
    return values.map(lambda nums: {"nums": nums})


@st.composite
def _all_equal(draw: st.DrawFn) -> dict:
    value = draw(st.sampled_from(VALUES))
    return {"nums": [value] * draw(st.integers(1, MAX_N))}


@st.composite
def _pairs_apart(draw: st.DrawFn) -> dict:
    """Repeated values that are not next to each other ([2, 1, 2]): a skip that forgets
    to sort first lets them through twice."""
    distinct = draw(st.lists(st.sampled_from(VALUES), min_size=2, max_size=4, unique=True))
    nums = distinct + distinct[: draw(st.integers(1, len(distinct)))]
    return {"nums": nums}


@st.composite
def _random_long(draw: st.DrawFn) -> dict:
    """Up to 12 values over a pool of 1 to 7 of them, built from one seed."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    pool = rnd.sample(VALUES, rnd.randint(1, len(VALUES)))
    return {"nums": [rnd.choice(pool) for _ in range(rnd.randint(0, MAX_N))]}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"nums": []}),
        _lists(st.sampled_from(VALUES), 1, 1),
        _lists(st.sampled_from(VALUES), 2, 7, unique=True),  # all distinct
        _all_equal(),
        _pairs_apart(),
        _lists(st.sampled_from(VALUES), 2, 8),
        _random_long(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n values over two distinct ones, shuffled: about (n/2 + 1)^2 distinct subsets among
    2^n choices of positions, which a generate-then-deduplicate solution all builds."""
    low, high = rnd.sample(VALUES, 2)
    nums = [low if rnd.random() < 0.5 else high for _ in range(n)]
    return {"nums": nums}
