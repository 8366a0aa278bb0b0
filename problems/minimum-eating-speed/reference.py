import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

PILE = 10**9
HOURS = 10**9


def _hours(piles: list[int], speed: int) -> int:
    return sum((p + speed - 1) // speed for p in piles)


def min_eating_speed(piles: list[int], h: int) -> int:
    lo, hi = 1, max(piles)  # the answer is in [lo, hi]; speed hi always works
    while lo < hi:
        mid = (lo + hi) // 2
        if _hours(piles, mid) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo


# -- generators -------------------------------------------------------------------------
# A solution that tries every speed from 1 up takes about len(piles) * answer steps: the
# generated inputs keep that product small, while pile sizes and h still reach 10^9.


@st.composite
def _one_hour_each(draw: st.DrawFn) -> dict:
    """h == len(piles): every pile in one hour, so the answer is the largest pile."""
    piles = draw(st.lists(st.integers(1, 2000), min_size=1, max_size=50))
    return {"piles": piles, "h": len(piles)}


@st.composite
def _answer_one(draw: st.DrawFn) -> dict:
    """h >= sum(piles): speed 1 is enough."""
    piles = draw(st.lists(st.integers(1, PILE), min_size=1, max_size=8))
    while sum(piles) > HOURS:
        piles.pop()
    piles = piles or [1]
    h = draw(st.integers(sum(piles), HOURS))
    return {"piles": piles, "h": h}


@st.composite
def _one_pile(draw: st.DrawFn) -> dict:
    """A single pile: the answer is ceil(p / h)."""
    p = draw(st.one_of(st.integers(1, 100), st.integers(1, PILE)))
    h = draw(st.integers(max(1, p // 100_000), HOURS))
    return {"piles": [p], "h": h}


@st.composite
def _boundary(draw: st.DrawFn) -> dict:
    """Every pile is a multiple of s (or one more), and h is exactly the hours at speed s:
    speed s - 1 misses by at least one hour, so the answer is exactly s."""
    s = draw(st.integers(1, 3000))
    piles = []
    for k in draw(st.lists(st.integers(1, 40), min_size=1, max_size=30)):
        extra = draw(st.sampled_from([0, 0, 1, s - 1])) if s > 1 else 0
        piles.append(k * s + extra)
    return {"piles": piles, "h": _hours(piles, s)}


@st.composite
def _small(draw: st.DrawFn) -> dict:
    piles = draw(st.lists(st.integers(1, 30), min_size=1, max_size=10))
    h = draw(st.integers(len(piles), sum(piles) + 2))
    return {"piles": piles, "h": h}


@st.composite
def _general(draw: st.DrawFn) -> dict:
    piles = draw(st.lists(st.integers(1, 10**4), min_size=1, max_size=100))
    h = draw(st.integers(len(piles), len(piles) + 3 * sum(piles) // 10**2 + 5))
    return {"piles": piles, "h": h}


@st.composite
def _huge_piles(draw: st.DrawFn) -> dict:
    """Piles up to 10^9 with h chosen so that the answer stays moderate."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, 300))
    piles = integers(rnd, n, 1, PILE)
    least = -(-sum(piles) // (HOURS - n)) + 1  # speeds from here need at most 10^9 hours
    speed = draw(st.integers(least, least + 2000))
    h = _hours(piles, speed) + draw(st.sampled_from([0, 0, 1, 17]))
    return {"piles": piles, "h": min(h, HOURS)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _one_hour_each(),
        _answer_one(),
        _one_pile(),
        _boundary(),
        _boundary(),
        _small(),
        _general(),
        _huge_piles(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n piles, h == n, so the answer is the largest pile (n), placed last; the other piles
    are tiny. Trying speeds upward from 1 costs n steps per speed for n speeds."""
    piles = [rnd.randint(1, 8) for _ in range(n - 1)] + [n]
    return {"piles": piles, "h": n}
