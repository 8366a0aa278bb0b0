import random
from collections import Counter

from hypothesis import strategies as st

MAX_COORD = 1000


class DetectSquares:
    """How many times each point was added. A square with the query q as a corner has a
    corner p diagonally opposite it, |p.x - q.x| == |p.y - q.y| > 0, and p fixes the two
    other corners (p.x, q.y) and (q.x, p.y): one pass over the distinct points."""

    def __init__(self) -> None:
        self._count: Counter[tuple[int, int]] = Counter()

    def add(self, point: list[int]) -> None:
        self._count[point[0], point[1]] += 1

    def count(self, point: list[int]) -> int:
        x, y = point
        total = 0
        for (px, py), times in self._count.items():
            if px == x or abs(px - x) != abs(py - y):
                continue  # not a diagonal corner of a square with a positive side
            total += times * self._count.get((px, y), 0) * self._count.get((x, py), 0)
        return total


# -- generated call sequences -----------------------------------------------------------
# The points of one sequence come mostly from a tiny grid, where squares (and repeated
# points) are common; some are planted as a corner of a square on a point added
# earlier, so squares also form among coordinates up to 1000.
_added: list[tuple[int, int]] = []


def _start(_: int) -> dict:
    _added.clear()
    return {}


def init() -> st.SearchStrategy[dict]:
    return st.just(0).map(_start)


def _point(args: tuple) -> list[int]:
    kind, x, y, side, corner = args
    if kind == "planted" and _added:
        px, py = _added[x % len(_added)]
        dx = side if px + side <= MAX_COORD else -side
        dy = side if py + side <= MAX_COORD else -side
        x, y = [(px + dx, py), (px, py + dy), (px + dx, py + dy), (px, py)][corner]
        return [x, y]
    if kind == "tiny":
        return [x % 3, y % 3]
    if kind == "small":
        return [x % 21, y % 21]
    return [x, y]


_POINTS = st.tuples(st.sampled_from(["tiny", "tiny", "small", "wide", "planted", "planted"]),
                    st.integers(0, MAX_COORD), st.integers(0, MAX_COORD),
                    st.one_of(st.integers(1, 3), st.integers(1, 500)),
                    st.integers(0, 3)).map(_point)


def _add(point: list[int]) -> dict:
    _added.append((point[0], point[1]))
    return {"point": point}


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "add": _POINTS.map(_add),
        "count": _POINTS.map(lambda point: {"point": point}),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """n points added at random on a grid of about n/2 cells (so many repeats and many
    squares), each followed by a count at a random cell of the grid. Trying every triple
    of stored points is O(n^3) per count."""
    side = max(2, int((n / 2) ** 0.5))
    calls: list = []
    for _ in range(n):
        calls.append(["add", {"point": [rnd.randrange(side), rnd.randrange(side)]}])
        calls.append(["count", {"point": [rnd.randrange(side), rnd.randrange(side)]}])
    return {"init": {}, "calls": calls}
