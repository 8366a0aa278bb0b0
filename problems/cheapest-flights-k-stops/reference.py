import random
from itertools import pairwise

from hypothesis import strategies as st

MAX_N = 100
MAX_PRICE = 10**4


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    """Bellman-Ford limited to k + 1 rounds: after round r, cost[v] is the cheapest price
    of reaching v with at most r flights. Each round reads only the previous round's
    costs, so one round never chains two flights."""
    unknown = -1
    cost = [unknown] * n
    cost[src] = 0
    for _ in range(k + 1):
        after = cost[:]
        for u, v, price in flights:
            if cost[u] != unknown and (after[v] == unknown or cost[u] + price < after[v]):
                after[v] = cost[u] + price
        cost = after
    return cost[dst]


# -- generators ----------------------------------------------------------------------


def _relabel(n: int, flights: list[list[int]], src: int, dst: int, rnd: random.Random,
             in_order: bool = False) -> dict:
    """Random city numbers; the flights shuffled, or kept in the order built (a route's
    flights one after the other, which a relaxation in place would chain in one round)."""
    names = list(range(n))
    rnd.shuffle(names)
    flights = [[names[u], names[v], p] for u, v, p in flights]
    if not in_order:
        rnd.shuffle(flights)
    return {"n": n, "flights": flights, "src": names[src], "dst": names[dst]}


def _random_flights(n: int, count: int, rnd: random.Random, high: int,
                    taken: set[tuple[int, int]] | None = None) -> list[list[int]]:
    taken = set() if taken is None else taken
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v and (u, v) not in taken]
    chosen = rnd.sample(pairs, min(count, len(pairs)))
    taken.update(chosen)
    return [[u, v, rnd.randint(1, high)] for u, v in chosen]


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Up to 6 cities, each possible flight drawn one by one: failures shrink far."""
    n = draw(st.integers(2, 6))
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
    price = st.one_of(st.integers(1, 5), st.integers(1, MAX_PRICE))
    flights = [[u, v, draw(price)] for u, v in pairs if draw(st.integers(0, 2)) == 0]
    src = draw(st.integers(0, n - 1))
    dst = draw(st.integers(0, n - 2))
    dst += dst >= src
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": draw(st.integers(0, n - 1))}


@st.composite
def _too_many_stops(draw: st.DrawFn) -> dict:
    """A cheap route of `hops` flights, a dearer one with few; k around hops - 1, so the
    cheap route is sometimes allowed and sometimes one stop too long."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    hops = draw(st.integers(2, 8))
    short = draw(st.integers(1, hops - 1))
    n = 1 + (hops - 1) + (short - 1) + 1 + draw(st.integers(0, 3))
    cheap = [0, *range(2, 1 + hops), 1]  # city 0 = src, city 1 = dst
    dear = [0, *range(1 + hops, hops + short), 1]
    flights = [[a, b, rnd.randint(1, 10)] for a, b in pairwise(cheap)]
    total = sum(f[2] for f in flights)
    flights += [[a, b, rnd.randint(total, total + 50)] for a, b in pairwise(dear)]
    taken = {(u, v) for u, v, _ in flights}
    flights += _random_flights(n, draw(st.integers(0, 4)), rnd, MAX_PRICE, taken)
    k = max(0, min(n - 1, hops - 1 + draw(st.integers(-2, 1))))
    return {**_relabel(n, flights, 0, 1, rnd, draw(st.booleans())), "k": k}


@st.composite
def _detour(draw: st.DrawFn) -> dict:
    """A middle city reached cheaply with many flights or dearly with one, then a chain on
    to dst: within k stops only the dear first leg works, so settling the middle city
    once, at its cheapest price, loses the answer."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    first, after = draw(st.integers(2, 5)), draw(st.integers(2, 4))
    n = 2 + first - 1 + 1 + after - 1
    middle = 2
    lead = [0, *range(3, 3 + first - 1), middle]
    tail = [middle, *range(3 + first - 1, 3 + first - 1 + after - 1), 1]
    flights = [[a, b, rnd.randint(1, 5)] for a, b in pairwise(lead)]
    flights.append([0, middle, rnd.randint(6 * first, 6 * first + 100)])
    flights += [[a, b, rnd.randint(1, 100)] for a, b in pairwise(tail)]
    # enough stops to go on from the middle city after either lead, too few to reach dst
    # after the cheap one: the one-flight lead alone gets through
    k = draw(st.integers(max(after, first), first + after - 2))
    return {**_relabel(n, flights, 0, 1, rnd, draw(st.booleans())), "k": k}


@st.composite
def _unreachable(draw: st.DrawFn) -> dict:
    """dst has no flight in, or only flights from cities src cannot reach."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(2, 12))
    cut = draw(st.integers(1, n - 1))  # cities 0..cut-1 hold src; dst = n - 1 lies beyond
    flights = [f for f in _random_flights(n, draw(st.integers(0, 3 * n)), rnd, 100)
               if not (f[0] < cut <= f[1])]
    return {**_relabel(n, flights, 0, n - 1, rnd), "k": draw(st.integers(0, n - 1))}


@st.composite
def _direct_only(draw: st.DrawFn) -> dict:
    """k = 0: only a direct flight counts, with or without one, cheaper routes around."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(2, 10))
    high = draw(st.sampled_from([10, MAX_PRICE]))
    flights = _random_flights(n, draw(st.integers(0, 3 * n)), rnd, high)
    src, dst = rnd.sample(range(n), 2)
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": 0}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    """Up to 100 cities: a random tree of flights out of src with a few extra flights and
    any k, or many flights (up to all n * (n - 1)) with k = 0 or 1."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(2, MAX_N))
    if draw(st.booleans()):
        order = list(range(n))
        rnd.shuffle(order)
        taken = {(order[rnd.randrange(i)], order[i]) for i in range(1, n)}
        flights = [[u, v, rnd.randint(1, MAX_PRICE)] for u, v in taken]
        flights += _random_flights(n, draw(st.integers(0, 5)), rnd, MAX_PRICE, taken)
        k = draw(st.integers(0, n - 1))
    else:
        flights = _random_flights(n, rnd.randint(0, n * (n - 1)), rnd, MAX_PRICE)
        k = draw(st.integers(0, 1))
    src, dst = rnd.sample(range(n), 2)
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": k}


@st.composite
def _mixed(draw: st.DrawFn) -> dict:
    if draw(st.integers(0, 9)) == 9:  # big inputs are slow to check and to shrink
        return draw(_large())
    return draw(st.one_of(_small(), _small(), _too_many_stops(), _too_many_stops(), _detour(),
                          _detour(), _unreachable(), _direct_only()))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed()


def sized(n: int, rnd: random.Random) -> dict:
    """n cities as a ladder: src, then pairs of cities with all four flights from each pair
    to the next, then dst, and k = n - 1; plus a flight from every city back to src and
    from dst to every city, which lead no route anywhere. There are 2^(n/2) routes, so
    enumerating them is exponential, while each of the n rounds of Bellman-Ford reads
    about 4n flights."""
    n = max(4, min(n, MAX_N))
    src, dst = 0, n - 1
    layers = [[src]] + [list(range(i, min(i + 2, dst))) for i in range(1, dst, 2)] + [[dst]]
    flights = [[u, v, rnd.randint(1, 100)]
               for a, b in pairwise(layers) for u in a for v in b]
    flights += [[u, src, rnd.randint(1, 100)] for u in range(1, dst)]
    flights += [[dst, v, rnd.randint(1, 100)] for v in range(dst)]
    flights.reverse()  # the last flights first: a relaxation in place gains nothing
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": n - 1}
