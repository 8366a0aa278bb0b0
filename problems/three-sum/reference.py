import random

from hypothesis import strategies as st

WIDE = 10**5


def three_sum(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    n = len(values)
    triples: list[list[int]] = []
    for i in range(n - 2):
        a = values[i]
        if a > 0:
            break  # a is the smallest of the three: the sum cannot be 0
        if i > 0 and a == values[i - 1]:
            continue  # the same first value gives the same triples
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = a + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triples.append([a, values[lo], values[hi]])
                lo += 1
                hi -= 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1  # skip the second values already used with this a
    return triples


@st.composite
def _planted(draw: st.DrawFn) -> list[int]:
    """Wide values, which rarely sum to 0 by chance, with a few zero-sum triples planted."""
    nums = draw(st.lists(st.integers(-WIDE, WIDE), max_size=100))
    for _ in range(draw(st.integers(0, 4))):
        a = draw(st.integers(-WIDE // 2, WIDE // 2))
        b = draw(st.integers(-WIDE // 2, WIDE // 2))
        nums += [a, b, -(a + b)]
    return draw(st.permutations(nums))


@st.composite
def _doubles(draw: st.DrawFn) -> list[int]:
    """Values x, x, -2x: a triple that needs one value twice (and must not reuse one)."""
    xs = draw(st.lists(st.integers(-30, 30), min_size=1, max_size=6))
    nums = []
    for x in xs:
        nums += draw(st.sampled_from([[x, x, -2 * x], [x, -2 * x], [x, x]]))
    return draw(st.permutations(nums))


@st.composite
def _zeros(draw: st.DrawFn) -> list[int]:
    """Some zeros (often exactly two) among other values."""
    others = draw(st.lists(st.integers(-5, 5).filter(bool), max_size=8))
    zeros = draw(st.sampled_from([1, 2, 2, 3, 5]))
    return draw(st.permutations(others + [0] * zeros))


@st.composite
def _large(draw: st.DrawFn) -> list[int]:
    n = draw(st.integers(100, 150))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))["nums"]


def inputs() -> st.SearchStrategy[dict]:
    nums = st.one_of(
        st.lists(st.integers(-WIDE, WIDE), max_size=2),  # fewer than three
        st.lists(st.just(0), min_size=3, max_size=20),  # all zeros: [[0, 0, 0]]
        st.lists(st.integers(-20, 20), max_size=60),  # small range: many triples, repeats
        st.lists(st.integers(-20, 20), min_size=60, max_size=120),
        st.lists(st.integers(1, 20), max_size=30),  # all positive: no triple
        st.lists(st.integers(-3, 3), max_size=12),
        _planted(),
        _doubles(),
        _zeros(),
        _large(),
    )
    return nums.map(lambda values: {"nums": values})


def sized(n: int, rnd: random.Random) -> dict:
    """Distinct wide values, negatives and positives, with a few triples planted: every
    pair of positions matters."""
    nums = rnd.sample(range(-WIDE, WIDE), n)
    for k in range(0, min(n - 2, 30), 3):  # halved first: the third stays within 10^5
        nums[k], nums[k + 1] = nums[k] // 2, nums[k + 1] // 2
        nums[k + 2] = -(nums[k] + nums[k + 1])
    rnd.shuffle(nums)
    return {"nums": nums}
