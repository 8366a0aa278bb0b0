import random

from hypothesis import strategies as st

SMALL = 30
MOST_BIG = 40  # in a list longer than 50, at most this many values of absolute value 2..30


def product_except_self(nums: list[int]) -> list[int]:
    """Two passes: out[i] first holds the product of everything left of i, then a running
    product of everything right of i is multiplied in from the other end. O(n), no
    division."""
    n = len(nums)
    out = [1] * n
    left = 1
    for i in range(n):
        out[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        out[i] *= right
        right *= nums[i]
    return out


# -- inputs ----------------------------------------------------------------------------
short = st.lists(st.integers(-SMALL, SMALL), min_size=2, max_size=50)
pairs = st.lists(st.integers(-SMALL, SMALL), min_size=2, max_size=2)
negatives = st.lists(st.integers(-SMALL, -1), min_size=2, max_size=50)
tiny = st.lists(st.sampled_from([-2, -1, 0, 1, 2, 3]), min_size=2, max_size=8)


@st.composite
def _zeros(draw: st.DrawFn) -> list[int]:
    """Nonzero values with exactly one zero (every other out[i] is 0) or two or more."""
    nums = draw(st.lists(st.integers(1, SMALL) | st.integers(-SMALL, -1), min_size=1,
                         max_size=40))
    for _ in range(draw(st.sampled_from([1, 1, 2, 3]))):
        nums.insert(draw(st.integers(0, len(nums))), 0)
    return nums


@st.composite
def _long(draw: st.DrawFn) -> list[int]:
    """51..1000 values, mostly -1 and 1, with up to 40 larger ones and maybe zeros."""
    n = draw(st.integers(51, 1000))
    big = draw(st.integers(0, MOST_BIG))
    zeros = draw(st.sampled_from([0, 0, 1, 2]))
    rnd = random.Random(draw(st.integers(0, 1 << 32)))
    return _mostly_ones(n, big, zeros, rnd)


def _mostly_ones(n: int, big: int, zeros: int, rnd: random.Random) -> list[int]:
    """n values of -1 and 1, then `zeros` zeros and `big` values of absolute value
    2..30 at distinct random places."""
    nums = rnd.choices((-1, 1), k=n)
    places = rnd.sample(range(n), min(n, big + zeros))
    for k, i in enumerate(places):
        nums[i] = 0 if k < zeros else rnd.choice((-1, 1)) * rnd.randint(2, SMALL)
    return nums


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.sampled_from([[1, 2], [0, 0], [0, 7], [-3, 0], [-1, -1], [SMALL, -SMALL],
                         [2, 0, 3], [0, 0, 0], [1, 1, 1, 1]]),
        pairs, short, short, negatives, tiny, _zeros(), _zeros(), _long(),
    ).map(lambda nums: {"nums": nums})


def sized(n: int, rnd: random.Random) -> dict:
    """n values, mostly -1 and 1, with 40 larger ones: multiplying everything but one for
    each index is quadratic."""
    return {"nums": _mostly_ones(n, MOST_BIG, 0, rnd)}
