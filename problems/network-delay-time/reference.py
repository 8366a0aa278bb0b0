import heapq
import random

from hypothesis import strategies as st

MAX_N = 2000
MAX_LINKS = 10**4
MAX_W = 100


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    """Dijkstra from k; the answer is the largest shortest time, or -1 if a node is missed."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        out[u].append((v, w))
    arrival = [-1] * (n + 1)  # -1: not reached yet
    heap = [(0, k)]
    reached = latest = 0
    while heap:
        t, u = heapq.heappop(heap)
        if arrival[u] != -1:
            continue  # a stale entry: u was already reached sooner
        arrival[u] = latest = t  # nodes are settled in time order
        reached += 1
        for v, w in out[u]:
            if arrival[v] == -1:
                heapq.heappush(heap, (t + w, v))
    return latest if reached == n else -1


# -- generators ----------------------------------------------------------------------


def _random_links(n: int, m: int, max_w: int, rnd: random.Random) -> list[list[int]]:
    return [[rnd.randint(1, n), rnd.randint(1, n), rnd.randint(0, max_w)] for _ in range(m)]


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """A handful of nodes, links drawn one by one: self-loops and parallel links included."""
    n = draw(st.integers(1, 7))
    node = st.integers(1, n)
    weight = st.one_of(st.integers(0, 3), st.integers(0, MAX_W))
    times = draw(st.lists(st.tuples(node, node, weight).map(list), max_size=20))
    return {"times": times, "n": n, "k": draw(node)}


@st.composite
def _hop_trap(draw: st.DrawFn) -> dict:
    """A direct slow link to the target and a faster path of several hops."""
    hops = draw(st.integers(2, 6))
    n = hops + 1 + draw(st.integers(0, 3))
    order = draw(st.permutations(range(1, n + 1)))
    path = order[:hops + 1]
    weights = draw(st.lists(st.integers(0, 10), min_size=hops, max_size=hops))
    times = [[path[i], path[i + 1], weights[i]] for i in range(hops)]
    times.append([path[0], path[-1], sum(weights) + draw(st.integers(1, 30))])
    for extra in order[hops + 1:]:  # the other nodes hang off the path
        times.append([draw(st.sampled_from(path)), extra, draw(st.integers(0, MAX_W))])
    return {"times": draw(st.permutations(times)), "n": n, "k": path[0]}


@st.composite
def _random(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 200))
    m = draw(st.integers(0, 1000))
    max_w = draw(st.sampled_from([0, 1, 10, MAX_W]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    times = _random_links(n, m, max_w, rnd)
    if draw(st.booleans()):  # make every node reachable from k with a random tree
        order = list(range(1, n + 1))
        rnd.shuffle(order)
        times += [[order[rnd.randrange(i)], order[i], rnd.randint(0, max_w)]
                  for i in range(1, n)]
        rnd.shuffle(times)
        return {"times": times, "n": n, "k": order[0]}
    return {"times": times, "n": n, "k": rnd.randint(1, n)}


@st.composite
def _unreachable(draw: st.DrawFn) -> dict:
    """Everything reachable except one node (isolated, or with links only leaving it)."""
    n = draw(st.integers(2, 30))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    order = list(range(1, n + 1))
    rnd.shuffle(order)
    k, lost = order[0], order[-1]
    times = [[order[rnd.randrange(i)], order[i], rnd.randint(0, MAX_W)] for i in range(1, n - 1)]
    if draw(st.booleans()):
        times.append([lost, rnd.choice(order[:-1]), rnd.randint(0, MAX_W)])
    rnd.shuffle(times)
    return {"times": times, "n": n, "k": k}


@st.composite
def _big(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, MAX_N))
    m = draw(st.integers(0, MAX_LINKS))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"times": _random_links(n, m, MAX_W, rnd), "n": n, "k": rnd.randint(1, n)}


@st.composite
def _mixed(draw: st.DrawFn) -> dict:
    """About one input in ten is big or a long chain (slow to check and to shrink)."""
    if draw(st.integers(0, 9)) == 9:
        return draw(st.one_of(_big(), st.integers(2, 200).flatmap(
            lambda n: st.integers(0, 2**32).map(lambda s: sized(n, random.Random(s))))))
    return draw(st.one_of(_small(), _hop_trap(), _random(), _unreachable(),
                          st.just({"times": [], "n": 1, "k": 1}),
                          st.just({"times": [[1, 1, 5]], "n": 1, "k": 1})))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed()


def sized(n: int, rnd: random.Random) -> dict:
    """A long chain 1 -> 2 -> ... -> n from k = 1, listed last link first, plus 4n links that
    never shorten it (backwards, self-loops, slower parallel links): the shortest paths
    are n - 1 hops deep, so Bellman-Ford needs about n rounds over all the links."""
    chain = [[i, i + 1, rnd.randint(0, MAX_W // 2)] for i in range(1, n)]
    extra = []
    for _ in range(min(4 * n, MAX_LINKS - len(chain))):
        u = rnd.randint(1, n)
        kind = rnd.random()
        if kind < 0.1:
            extra.append([u, u, rnd.randint(0, MAX_W)])
        elif kind < 0.2 and u < n:
            extra.append([u, u + 1, chain[u - 1][2] + rnd.randint(0, MAX_W // 2)])
        else:
            extra.append([u, rnd.randint(1, u), rnd.randint(0, MAX_W)])
    times = chain[::-1]
    for link in extra:  # scatter the extra links, keeping the chain in reverse order
        times.insert(rnd.randrange(len(times) + 1), link)
    return {"times": times, "n": n, "k": 1}
