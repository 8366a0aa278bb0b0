import random

from hypothesis import strategies as st

TOP = 10**4


def max_profit(prices: list[int]) -> int:
    lowest = prices[0]
    best = 0
    for price in prices:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best


@st.composite
def _min_after_max(draw: st.DrawFn) -> list[int]:
    """The lowest price comes after the highest one: max - min is not a trade."""
    high = draw(st.integers(1, TOP))
    low = draw(st.integers(0, high - 1))
    between = st.lists(st.integers(low, high), max_size=20)
    return draw(between) + [high] + draw(between) + [low] + draw(between)


@st.composite
def _large(draw: st.DrawFn) -> list[int]:
    n = draw(st.integers(200, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))["prices"]


def inputs() -> st.SearchStrategy[dict]:
    prices = st.one_of(
        st.lists(st.integers(0, TOP), min_size=1, max_size=1),  # one day
        st.lists(st.integers(0, TOP), min_size=1, max_size=30, unique=True).map(
            lambda xs: sorted(xs, reverse=True)),  # strictly falling: 0
        st.lists(st.integers(0, TOP), min_size=1, max_size=30).map(
            lambda xs: sorted(xs, reverse=True)),  # never rising, with equal days
        st.integers(0, TOP).flatmap(lambda p: st.lists(st.just(p), min_size=1, max_size=20)),
        st.lists(st.integers(0, 3), min_size=1, max_size=30),  # many equal prices
        st.lists(st.integers(0, TOP), min_size=1, max_size=200),
        st.lists(st.sampled_from([0, TOP]), min_size=1, max_size=10),  # extremes
        _min_after_max(),
        _large(),
    )
    return prices.map(lambda values: {"prices": values})


def sized(n: int, rnd: random.Random) -> dict:
    """A random walk: many new lows and highs, every pair of days is a candidate."""
    prices, price = [], rnd.randint(0, TOP)
    for _ in range(n):
        price = min(TOP, max(0, price + rnd.randint(-100, 100)))
        prices.append(price)
    return {"prices": prices}
