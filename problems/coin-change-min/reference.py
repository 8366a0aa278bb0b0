import random
from functools import cache

from hypothesis import strategies as st

MAX_AMOUNT = 10**4
MAX_COIN = 10**4
MAX_COINS = 12
# A plain recursion makes a call for every way of paying down the amount, coin after
# coin, so the generated inputs keep that count under CALLS (the exponential slow/
# solution must finish them); the complexity ladder checks large amounts.
CALLS = 20_000


def coin_change(coins: list[int], amount: int) -> int:
    """fewest[a] = the fewest coins paying a, or amount + 1 (more than any real answer)
    where no collection pays it."""
    impossible = amount + 1
    fewest = [0] + [impossible] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and fewest[total - coin] + 1 < fewest[total]:
                fewest[total] = fewest[total - coin] + 1
    return fewest[amount] if fewest[amount] != impossible else -1


def baseline(coins: list[int], amount: int) -> int:
    """A recursion on the amount left, memoized.

    O(amount * len(coins)) too, with a function call per amount: the complexity check
    times this one, on coins of at least 20 (a recursion at most a hundred deep)."""

    @cache
    def fewest(left: int) -> float:
        if left == 0:
            return 0
        best = float("inf")
        for coin in coins:
            if coin <= left:
                best = min(best, fewest(left - coin) + 1)
        return best

    answer = fewest(amount)
    return -1 if answer == float("inf") else answer


# -- generators ----------------------------------------------------------------------


def _within_reach(coins: list[int], amount: int) -> int:
    """The largest amount up to `amount` that the plain recursion (try every coin, and
    call again on the rest, negative rests included) finishes within CALLS calls:
    calls[a] = 1 + the sum of calls[a - c], a call on a negative rest counting 1.
    Once max(coins) amounts in a row are over, every larger amount is over too."""
    cap = CALLS + 1
    calls = [1] * (amount + 1)
    reach, over = 0, 0
    for total in range(1, amount + 1):
        count = 1
        for coin in coins:
            count += calls[total - coin] if coin <= total else 1
            if count >= cap:
                count = cap
                break
        calls[total] = count
        if count <= CALLS:
            reach, over = total, 0
        else:
            over += 1
            if over >= max(coins):
                break
    return reach


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Small coins and amounts drawn one by one, where taking the largest coin often
    fails: failures shrink far."""
    coins = draw(st.lists(st.integers(1, 12), min_size=1, max_size=5, unique=True))
    amount = draw(st.integers(0, 40))
    return {"coins": coins, "amount": _within_reach(coins, amount)}


_GREEDY_TRAPS = st.sampled_from([
    ([1, 3, 4], 6), ([1, 5, 6, 9], 11), ([2, 5], 6), ([3, 7], 12), ([1, 7, 10], 14),
    ([5, 8], 16), ([4, 9], 18), ([2], 1), ([1], 0),
]).map(lambda pair: {"coins": list(pair[0]), "amount": pair[1]})


@st.composite
def _random(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    low = draw(st.sampled_from([1, 1, 5, 50, 1000]))
    high = draw(st.sampled_from([10, 100, 1000, MAX_COIN]))
    high = max(high, low + MAX_COINS)
    coins = rnd.sample(range(low, high + 1), draw(st.integers(1, MAX_COINS)))
    amount = draw(st.integers(0, MAX_AMOUNT))
    return {"coins": coins, "amount": _within_reach(coins, amount)}


@st.composite
def _no_way(draw: st.DrawFn) -> dict:
    """No collection pays: every coin a multiple of a step the amount is not, or every
    coin larger than the amount."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        step = draw(st.integers(2, 9))
        coins = [step * m for m in rnd.sample(range(1, 60), draw(st.integers(1, 8)))]
        amount = step * draw(st.integers(0, 60)) + draw(st.integers(1, step - 1))
        return {"coins": coins, "amount": _within_reach(coins, amount)}
    amount = draw(st.integers(1, MAX_AMOUNT - MAX_COINS))
    coins = rnd.sample(range(amount + 1, MAX_COIN + 1), draw(st.integers(1, MAX_COINS)))
    return {"coins": coins, "amount": amount}


@st.composite
def _large_coins(draw: st.DrawFn) -> dict:
    """Amounts up to 10^4 paid by few, large coins: answers of 1 to 20, some exactly one
    coin (a coin equal to the amount)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    coins = rnd.sample(range(300, MAX_COIN + 1), draw(st.integers(1, 6)))
    if draw(st.booleans()):
        amount = rnd.choice(coins)
    else:
        amount = sum(rnd.choices(coins, k=rnd.randint(1, 8)))
    amount = min(amount, MAX_AMOUNT)
    return {"coins": coins, "amount": _within_reach(coins, amount)}


@st.composite
def _zero(draw: st.DrawFn) -> dict:
    """Amount 0: no coins, answer 0, whatever the coins."""
    return {"coins": draw(st.lists(st.integers(1, MAX_COIN), min_size=1,
                                   max_size=MAX_COINS, unique=True)), "amount": 0}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small(), _small(), _GREEDY_TRAPS, _random(), _random(), _no_way(),
                     _large_coins(), _zero())


def sized(n: int, rnd: random.Random) -> dict:
    """amount n and 12 of the coins from 20 to 43: the plain recursion branches 12 ways
    at every step, over 500x behind at n = 125, and a memoized one stays at most n / 20
    calls deep."""
    return {"coins": rnd.sample(range(20, 44), MAX_COINS), "amount": min(n, MAX_AMOUNT)}
