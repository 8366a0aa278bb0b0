import random

from hypothesis import strategies as st

COORD = 10**6
MAX_N = 1000


def min_cost_connect_points(points: list[list[int]]) -> int:
    """Dense Prim: grow the tree from point 0, always adding the cheapest point to reach."""
    x0, y0 = points[0]
    xs = [p[0] for p in points[1:]]  # the points not yet in the tree
    ys = [p[1] for p in points[1:]]
    cost = [abs(x - x0) + abs(y - y0) for x, y in zip(xs, ys)]  # cheapest link to the tree
    total = 0
    while cost:
        best = min(cost)
        i = cost.index(best)
        total += best
        x0, y0 = xs[i], ys[i]
        xs[i], ys[i], cost[i] = xs[-1], ys[-1], cost[-1]  # remove point i from the rest
        xs.pop()
        ys.pop()
        cost.pop()
        # the new tree point may offer a cheaper link to each remaining point
        cost = [c if c < (d := abs(x - x0) + abs(y - y0)) else d
                for c, x, y in zip(cost, xs, ys)]
    return total


def baseline(points: list[list[int]]) -> int:
    """Kruskal over all n(n-1)/2 links, O(n^2 log n), the slowest approach accepted."""
    n = len(points)
    links = sorted((abs(xi - xj) + abs(yi - yj), i, j)
                   for i, (xi, yi) in enumerate(points)
                   for j, (xj, yj) in enumerate(points[i + 1:], i + 1))
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, joined = 0, 1
    for cost, i, j in links:
        if joined == n:
            break
        a, b = find(i), find(j)
        if a != b:
            parent[a] = b
            total += cost
            joined += 1
    return total


def _points(values: st.SearchStrategy[int], min_size: int, max_size: int) -> st.SearchStrategy:
    pairs = st.tuples(values, values)
    return st.lists(pairs, min_size=min_size, max_size=max_size, unique=True).map(
        lambda ps: {"points": [list(p) for p in ps]})


@st.composite
def _collinear(draw: st.DrawFn) -> dict:
    """Points on a horizontal, vertical or diagonal line."""
    offsets = draw(st.lists(st.integers(-COORD, COORD), min_size=1, max_size=40, unique=True))
    fixed = draw(st.integers(-COORD, COORD))
    kind = draw(st.sampled_from(["row", "column", "diagonal"]))
    if kind == "row":
        points = [[t, fixed] for t in offsets]
    elif kind == "column":
        points = [[fixed, t] for t in offsets]
    else:
        offsets = [t // 2 for t in offsets]
        points = [list(p) for p in dict.fromkeys((t, t) for t in offsets)]
    return {"points": points}


@st.composite
def _clusters(draw: st.DrawFn) -> dict:
    """A few tight clusters far apart: the links between clusters dominate the cost."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    count = draw(st.integers(1, 5))
    size = draw(st.integers(1, 15))
    seen: set[tuple[int, int]] = set()
    for _ in range(count):
        cx, cy = rnd.randint(-COORD + 10, COORD - 10), rnd.randint(-COORD + 10, COORD - 10)
        for _ in range(size):
            seen.add((cx + rnd.randint(-3, 3), cy + rnd.randint(-3, 3)))
    points = [list(p) for p in seen]
    rnd.shuffle(points)
    return {"points": points}


@st.composite
def _lattice(draw: st.DrawFn) -> dict:
    """Part of an evenly spaced grid: many links of exactly the same cost."""
    rows = draw(st.integers(1, 8))
    cols = draw(st.integers(1, 8))
    step = draw(st.sampled_from([1, 7, 1000, 2 * 10**5]))
    cells = [[c * step - COORD // 2, r * step - COORD // 2] for r in range(rows)
             for c in range(cols)]
    keep = draw(st.lists(st.booleans(), min_size=len(cells), max_size=len(cells)))
    points = [p for p, k in zip(cells, keep) if k] or cells[:1]
    return {"points": draw(st.permutations(points))}


@st.composite
def _big(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, MAX_N // 4))  # an O(n^3) Prim must fit the call limit
    span = draw(st.sampled_from([50, COORD]))
    return sized(n, random.Random(draw(st.integers(0, 2**32))), span)


@st.composite
def _sometimes_big(draw: st.DrawFn) -> dict:
    """About one input in ten has up to 500 points (slow to check and to shrink)."""
    if draw(st.integers(0, 9)) == 9:
        return draw(_big())
    return draw(st.one_of(
        _points(st.integers(-3, 3), 1, 12),          # small and crowded: equal costs
        _points(st.integers(-COORD, COORD), 1, 12),  # extremes of the range
        _points(st.integers(-100, 100), 1, 60),
        _collinear(), _clusters(), _lattice(),
    ))


def inputs() -> st.SearchStrategy[dict]:
    return _sometimes_big()


def sized(n: int, rnd: random.Random, span: int = COORD) -> dict:
    """n distinct random points spread over the square [-span, span]^2."""
    side = max(span, n)
    seen: set[tuple[int, int]] = set()
    while len(seen) < n:
        seen.add((rnd.randint(-side, side), rnd.randint(-side, side)))
    points = [list(p) for p in seen]
    rnd.shuffle(points)
    return {"points": points}
