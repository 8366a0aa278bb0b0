import heapq
import random
from collections import Counter

from hypothesis import strategies as st

COORD = 10**4


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    heap: list[tuple[int, int]] = []  # (-squared distance, index): the top is the farthest
    for index, (x, y) in enumerate(points):
        entry = (-(x * x + y * y), index)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[0] > heap[0][0]:  # closer than the farthest kept point
            heapq.heapreplace(heap, entry)
    return [list(points[index]) for _, index in heap]


def check(args: dict, output: list) -> str | None:
    points, k = args["points"], args["k"]
    if len(output) != k:
        return f"expected exactly k = {k} points, got {len(output)}"
    for point in output:
        if (not isinstance(point, list) or len(point) != 2
                or any(type(v) is not int for v in point)):
            return f"each point must be a list [x, y] of two ints, got {point!r}"
    remaining = Counter(tuple(p) for p in points)
    for x, y in output:
        if remaining[(x, y)] == 0:
            return f"[{x}, {y}] is returned more times than it occurs in points"
        remaining[(x, y)] -= 1
    farthest = max(x * x + y * y for x, y in output)
    left = [p for p, count in remaining.items() if count > 0]
    if left:
        closest = min(left, key=lambda p: p[0] * p[0] + p[1] * p[1])
        d = closest[0] ** 2 + closest[1] ** 2
        if d < farthest:
            return (f"[{closest[0]}, {closest[1]}] (squared distance {d}) was left out, but a "
                    f"returned point has squared distance {farthest}")
    return None


# Points on circles with many integer points: ties at the same distance.
_CIRCLES = [
    [(x, y) for x in range(-r, r + 1) for y in range(-r, r + 1) if x * x + y * y == r * r]
    for r in (5, 25, 65)
]


coordinates = st.one_of(st.integers(-COORD, COORD), st.integers(-3, 3),
                        st.sampled_from([-COORD, COORD, 0]))
point = st.lists(coordinates, min_size=2, max_size=2)


@st.composite
def _small(draw: st.DrawFn) -> dict:
    points = draw(st.lists(point, min_size=1, max_size=40))
    k = draw(st.one_of(st.integers(1, len(points)), st.just(len(points)), st.just(1)))
    return {"points": points, "k": k}


@st.composite
def _duplicates(draw: st.DrawFn) -> dict:
    """Few distinct points, each repeated: a set of points loses the repeats."""
    distinct = draw(st.lists(point, min_size=1, max_size=5))
    points = draw(st.lists(st.sampled_from(distinct), min_size=1, max_size=30))
    points = [list(p) for p in points]
    return {"points": points, "k": draw(st.integers(1, len(points)))}


@st.composite
def _ties(draw: st.DrawFn) -> dict:
    """Many points on one circle, and k cutting through them."""
    circle = draw(st.sampled_from(_CIRCLES))
    on_circle = draw(st.lists(st.sampled_from(circle), min_size=1, max_size=20))
    inside = draw(st.lists(st.lists(st.integers(-2, 2), min_size=2, max_size=2), max_size=6))
    outside = draw(st.lists(st.lists(st.integers(100, 200), min_size=2, max_size=2),
                            max_size=6))
    points = [list(p) for p in on_circle] + inside + outside
    points = draw(st.permutations(points))
    k = draw(st.integers(1, len(points)))
    if inside and draw(st.booleans()):  # the cut falls exactly among the tied points
        k = min(len(points), len(inside) + draw(st.integers(1, len(on_circle))))
    return {"points": [list(p) for p in points], "k": k}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    """Up to 2000 random points; small spans give many ties and duplicates."""
    n = draw(st.integers(1, 2000))
    span = draw(st.sampled_from([5, 100, COORD]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    points = [[rnd.randint(-span, span), rnd.randint(-span, span)] for _ in range(n)]
    return {"points": points, "k": draw(st.one_of(st.integers(1, n), st.just(n)))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small(), _duplicates(), _ties(), _large())


def sized(n: int, rnd: random.Random) -> dict:
    """n points over the whole range, k = n/2: the heap stays large."""
    points = [[rnd.randint(-COORD, COORD), rnd.randint(-COORD, COORD)] for _ in range(n)]
    return {"points": points, "k": n // 2}
