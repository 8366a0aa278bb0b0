import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    total = tank = start = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        total += g - c
        tank += g - c
        if tank < 0:  # no station from start to i can begin a lap
            start, tank = i + 1, 0
    return start if total >= 0 else -1


def check(args: dict, output: int) -> str | None:
    gas, cost = args["gas"], args["cost"]
    n = len(gas)
    if sum(gas) < sum(cost):
        if output != -1:
            return (f"the total gas {sum(gas)} is less than the total cost {sum(cost)}, "
                    f"so no start works and the answer is -1")
        return None
    if output == -1:
        return (f"the total gas {sum(gas)} covers the total cost {sum(cost)}, so some "
                f"start works")
    if not 0 <= output < n:
        return f"a start must be an index in [0, {n}), got {output}"
    tank = 0
    for step in range(n):
        i = (output + step) % n
        tank += gas[i] - cost[i]
        if tank < 0:
            return f"starting at {output}, the tank is at {tank} after leaving station {i}"
    return None


def _balance(gas: list[int], cost: list[int], surplus: int, rnd: random.Random) -> None:
    """Changes values until sum(gas) - sum(cost) == surplus (values stay in range)."""
    n = len(gas)
    diff = surplus - (sum(gas) - sum(cost))
    while diff:
        i = rnd.randrange(n)
        if diff > 0:
            step = min(diff, VALUE - gas[i], 3 + diff // n)
            if step:
                gas[i] += step
            else:
                step = min(diff, cost[i])
                cost[i] -= step
        else:
            step = min(-diff, VALUE - cost[i], 3 - diff // n)
            if step:
                cost[i] += step
            else:
                step = min(-diff, gas[i])
                gas[i] -= step
        diff += -step if diff > 0 else step


@st.composite
def _random(draw: st.DrawFn, max_size: int) -> dict:
    n = draw(st.integers(1, max_size))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    spread = draw(st.sampled_from([1, 3, 10, VALUE]))
    gas, cost = integers(rnd, n, 0, spread), integers(rnd, n, 0, spread)
    surplus = draw(st.sampled_from([None, 0, 0, -1, 1]))  # None: as drawn
    if surplus is not None:
        _balance(gas, cost, surplus, rnd)
    return {"gas": gas, "cost": cost}


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Drawn value by value (they shrink well), then balanced to a tight total or one short."""
    n = draw(st.integers(1, 8))
    values = st.one_of(st.integers(0, 5), st.sampled_from([0, VALUE]))
    gas = draw(st.lists(values, min_size=n, max_size=n))
    cost = draw(st.lists(values, min_size=n, max_size=n))
    surplus = draw(st.sampled_from([None, 0, -1]))
    if surplus is not None:
        _balance(gas, cost, surplus, random.Random(draw(st.integers(0, 2**16))))
    return {"gas": gas, "cost": cost}


@st.composite
def _equal(draw: st.DrawFn) -> dict:
    """gas == cost everywhere: every station is a valid start."""
    gas = draw(st.lists(st.integers(0, VALUE), min_size=1, max_size=20))
    return {"gas": gas, "cost": list(gas)}


@st.composite
def _single(draw: st.DrawFn) -> dict:
    g = draw(st.integers(0, VALUE))
    c = draw(st.one_of(st.just(g), st.integers(0, VALUE), st.just(g + 1).filter(
        lambda c: c <= VALUE)))
    return {"gas": [g], "cost": [c]}


@st.composite
def _late_start(draw: st.DrawFn) -> dict:
    """The only start is near the end, after a deficit: trying starts in order fails long."""
    return sized(draw(st.integers(2, 300)), random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_single(), _equal(), _small(), _small(), _random(30), _random(1000),
                     _late_start())


def sized(n: int, rnd: random.Random) -> dict:
    """gas == cost except a deficit of 1 at station n - 2 and a surplus of 1 at n - 1, so
    the only start is n - 1, and a lap from any earlier start runs all the way to n - 2
    before it fails."""
    gas = integers(rnd, n, 1, VALUE - 1)
    cost = list(gas)
    if n >= 2:
        cost[n - 2] += 1
        gas[n - 1] += 1
    return {"gas": gas, "cost": cost}
