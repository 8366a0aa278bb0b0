import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


def kth_largest(nums: list[int], k: int) -> int:
    """Quickselect with a random pivot and a three-way split, on ever smaller lists."""
    values = nums
    while True:
        pivot = random.choice(values)
        larger = [v for v in values if v > pivot]
        if k <= len(larger):
            values = larger
            continue
        equal = values.count(pivot)
        if k <= len(larger) + equal:
            return pivot
        k -= len(larger) + equal
        values = [v for v in values if v < pivot]


def _ascending(values: list[int]) -> list[int]:
    """The values in increasing order, by counting (the statement forbids .sort here too)."""
    count = [0] * (2 * VALUE + 1)
    for v in values:
        count[v + VALUE] += 1
    return [i - VALUE for i, c in enumerate(count) for _ in range(c)]


_VALUES = st.one_of(st.integers(-3, 3), st.integers(-VALUE, VALUE),
                    st.sampled_from([-VALUE, VALUE]))


@st.composite
def _with_k(draw: st.DrawFn, nums: list[int]) -> dict:
    n = len(nums)
    k = draw(st.one_of(st.integers(1, n), st.just(1), st.just(n), st.just((n + 1) // 2)))
    return {"nums": nums, "k": k}


@st.composite
def _small(draw: st.DrawFn) -> dict:
    return draw(_with_k(draw(st.lists(_VALUES, min_size=1, max_size=30))))


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    """Sorted, reverse-sorted, all equal, or two values only."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, 1000))
    kind = draw(st.sampled_from(["sorted", "reversed", "equal", "two", "runs"]))
    if kind == "equal":
        nums = [rnd.randint(-VALUE, VALUE)] * n
    elif kind == "two":
        a, b = rnd.randint(-VALUE, VALUE), rnd.randint(-VALUE, VALUE)
        nums = [rnd.choice((a, b)) for _ in range(n)]
    else:
        spread = rnd.choice([5, 100, VALUE])
        nums = _ascending(integers(rnd, n, -spread, spread))
        if kind == "reversed":
            nums.reverse()
        if kind == "runs":
            nums = sized(n, rnd)["nums"]
    return draw(_with_k(nums))


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    spread = draw(st.sampled_from([3, 100, VALUE]))
    return draw(_with_k(integers(rnd, draw(st.integers(100, 1000)), -spread, spread)))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda v: {"nums": [v], "k": 1}, _VALUES),
        _small(),
        _small(),
        _shaped(),
        _shaped(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A sorted list whose middle half is one repeated value, k = n/2: a fixed first or
    last pivot removes one value per pass, and a two-way partition makes no progress
    through the equal values."""
    quarter = n // 4
    low = _ascending(integers(rnd, quarter, -VALUE, -1))
    high = _ascending(integers(rnd, quarter, 1, VALUE))
    nums = low + [0] * (n - len(low) - len(high)) + high
    return {"nums": nums, "k": max(1, n // 2)}
