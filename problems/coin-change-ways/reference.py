import random
from functools import cache

from hypothesis import strategies as st

MAX_AMOUNT = 5000
MAX_COIN = 5000
MAX_COINS = 50
# A plain recursion makes at least as many calls as there are combinations, so the
# generated inputs keep that count under CALLS (the exponential slow/ solution must finish
# them); the complexity ladder checks large amounts, with answers of over 20 digits.
CALLS = 40_000


def count_coin_combinations(amount: int, coins: list[int]) -> int:
    """ways[a] = the number of multisets of the coins seen so far summing to a. Taking the
    coins one at a time in the outer loop counts each multiset once, in one order: all
    its coins of the first value, then of the second, and so on."""
    ways = [1] + [0] * amount  # the empty multiset makes 0
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]


def baseline(amount: int, coins: list[int]) -> int:
    """A recursion on (coin index, amount left), memoized.

    O(amount * len(coins)) too, with a function call per state: the complexity check
    times this one, on coins of at least 20 (a recursion at most a few hundred deep)."""

    @cache
    def ways(i: int, left: int) -> int:
        if left == 0:
            return 1
        if i == len(coins):
            return 0
        total = ways(i + 1, left)
        if coins[i] <= left:
            total += ways(i, left - coins[i])
        return total

    return ways(0, amount)


# -- generators ----------------------------------------------------------------------


def _within_reach(amount: int, coins: list[int]) -> int:
    """The largest amount up to `amount` that the plain recursion (use coins[i] once more,
    or move on to i + 1) finishes within CALLS calls. Its calls are counted bottom-up,
    for every amount at once: calls[i][left] = 1 + calls[i + 1][left]
    + calls[i][left - coins[i]], capped at CALLS + 1."""
    cap = CALLS + 1
    below = [1] * (amount + 1)  # past the last coin: one call each
    for coin in reversed(coins):
        row = [1] * (amount + 1)  # left == 0: one call
        for left in range(1, amount + 1):
            total = 1 + below[left]
            if coin <= left:
                total += row[left - coin]
            row[left] = total if total < cap else cap
        below = row
    return max(left for left in range(amount + 1) if below[left] <= CALLS)


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Small coins and amounts, drawn one by one: failures shrink far."""
    coins = draw(st.lists(st.integers(1, 12), min_size=1, max_size=5, unique=True))
    amount = draw(st.integers(0, 30))
    return {"amount": _within_reach(amount, coins), "coins": coins}


@st.composite
def _random(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    high = draw(st.sampled_from([10, 50, 500, MAX_COIN]))
    most = draw(st.sampled_from([50, 300, MAX_AMOUNT]))
    count = draw(st.integers(1, MAX_COINS if most <= 300 else 10))  # quick to check
    coins = rnd.sample(range(1, high + 1), min(high, count))
    amount = draw(st.integers(0, most))
    return {"amount": _within_reach(amount, coins), "coins": coins}


@st.composite
def _no_way(draw: st.DrawFn) -> dict:
    """No multiset works: every coin is a multiple of a step that the amount is not, or
    every coin is larger than the amount."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        step = draw(st.integers(2, 7))
        coins = [step * m for m in rnd.sample(range(1, 40), draw(st.integers(1, 6)))]
        amount = step * draw(st.integers(0, 30)) + draw(st.integers(1, step - 1))
        return {"amount": _within_reach(amount, coins), "coins": coins}
    amount = draw(st.integers(1, MAX_AMOUNT - 1))
    coins = rnd.sample(range(amount + 1, MAX_COIN + 1), min(MAX_AMOUNT - amount, 10))
    return {"amount": amount, "coins": coins}


@st.composite
def _coin_is_amount(draw: st.DrawFn) -> dict:
    """One coin equal to the amount (that coin alone is one way), the others larger or
    not dividing it."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    amount = draw(st.integers(1, MAX_AMOUNT))
    others = rnd.sample(range(1, MAX_COIN + 1), draw(st.integers(0, 8)))
    coins = list(dict.fromkeys([amount, *[c for c in others if c > amount // 2]]))
    rnd.shuffle(coins)
    return {"amount": amount, "coins": coins}


@st.composite
def _zero(draw: st.DrawFn) -> dict:
    """Amount 0: the empty multiset, one way, whatever the coins."""
    return {"amount": 0, "coins": draw(st.lists(st.integers(1, MAX_COIN), min_size=1,
                                                max_size=MAX_COINS, unique=True))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small(), _small(), _random(), _random(), _no_way(), _coin_is_amount(),
                     _zero())


def sized(n: int, rnd: random.Random) -> dict:
    """amount n and 25 coins from 20 to 99: answers of over 20 digits, so a plain recursion
    makes more calls than can be counted, and a memoized one stays a few hundred deep."""
    return {"amount": min(n, MAX_AMOUNT), "coins": rnd.sample(range(20, 100), 25)}
