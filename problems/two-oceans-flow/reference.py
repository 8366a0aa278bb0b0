import math
import random
from collections import deque

from hypothesis import strategies as st

MAX_SIDE = 200
HIGH = 10**5


def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    """Search backwards from each ocean's border cells, climbing to neighbours that are
    at least as high; the cells both searches reach drain to both oceans."""
    rows, cols = len(heights), len(heights[0])

    def reach(border: list[tuple[int, int]]) -> set[tuple[int, int]]:
        seen = set(border)
        queue = deque(border)
        while queue:
            r, c = queue.popleft()
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if (0 <= x < rows and 0 <= y < cols and (x, y) not in seen
                        and heights[x][y] >= heights[r][c]):
                    seen.add((x, y))
                    queue.append((x, y))
        return seen

    p_side = [(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)]
    a_side = [(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows - 1)]
    both = reach(p_side) & reach(a_side)
    return [[r, c] for r, c in sorted(both)]


# -- input shapes ----------------------------------------------------------------------
def _random_heights(rows: int, cols: int, high: int, rnd: random.Random) -> list[list[int]]:
    return [[rnd.randint(0, high) for _ in range(cols)] for _ in range(rows)]


def _mountain(rows: int, cols: int, rnd: random.Random, peak_r: int, peak_c: int,
              noise: int) -> list[list[int]]:
    """Heights falling away from one peak (plus a little noise): the slopes facing each
    ocean drain only into it, and the peak's ridges drain into both."""
    return [[max(0, 2 * (rows + cols) - abs(r - peak_r) - abs(c - peak_c)
                 + rnd.randint(0, noise)) for c in range(cols)] for r in range(rows)]


def _walled_plateau(rows: int, cols: int, rnd: random.Random,
                    bumps: float) -> list[list[int]]:
    """A flat plateau of 0s open to the top and left, walled by 1s along the bottom row
    and the right column, with a few bumps of 1: water on the plateau reaches only P, and
    a search from each of its cells explores the whole plateau before giving up on A."""
    grid = [[1 if rnd.random() < bumps else 0 for _ in range(cols)] for _ in range(rows)]
    for c in range(cols):
        grid[rows - 1][c] = 1
    for r in range(rows):
        grid[r][cols - 1] = 1
    return grid


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Up to 5 x 5 with heights 0 to 3, drawn cell by cell: plateaus everywhere, and
    failures shrink to a readable grid."""
    rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    row = st.lists(st.integers(0, 3), min_size=cols, max_size=cols)
    return {"heights": draw(st.lists(row, min_size=rows, max_size=rows))}


@st.composite
def _line(draw: st.DrawFn) -> dict:
    """A single row or a single column (every cell touches both oceans' borders), or 1 x 1."""
    length = draw(st.sampled_from([1, 2, 3, draw(st.integers(1, MAX_SIDE))]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    values = [rnd.randint(0, draw(st.sampled_from([0, 10, HIGH]))) for _ in range(length)]
    if draw(st.booleans()):
        return {"heights": [values]}
    return {"heights": [[v] for v in values]}


@st.composite
def _flat(draw: st.DrawFn) -> dict:
    """All heights equal: every cell drains to both oceans."""
    rows, cols = draw(st.integers(1, 20)), draw(st.integers(1, 20))
    value = draw(st.sampled_from([0, 7, HIGH]))
    return {"heights": [[value] * cols for _ in range(rows)]}


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    """Mountains, walled plateaus and random heights over 0..3 up to 20 x 20; random
    heights over 0..10 (plateaus) or 0..10^5 up to 30 x 30."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    kind = rnd.randrange(4)
    side = 20 if kind < 3 else 30
    rows, cols = rnd.randint(1, side), rnd.randint(1, side)
    if kind == 0:
        grid = _mountain(rows, cols, rnd, rnd.randrange(rows), rnd.randrange(cols),
                         rnd.choice([0, 1, 3]))
    elif kind == 1 and rows > 1 and cols > 1:
        grid = _walled_plateau(rows, cols, rnd, rnd.choice([0.0, 0.1, 0.3]))
    elif kind == 2:
        grid = _random_heights(rows, cols, rnd.choice([1, 3]), rnd)
    else:
        grid = _random_heights(rows, cols, rnd.choice([10, HIGH]), rnd)
    return {"heights": grid}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    """Up to 200 x 200 with heights over 0..10^5: big, but each cell's water reaches few
    others."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    rows, cols = rnd.randint(100, MAX_SIDE), rnd.randint(100, MAX_SIDE)
    return {"heights": _random_heights(rows, cols, HIGH, rnd)}


@st.composite
def _sometimes_large(draw: st.DrawFn) -> dict:
    if draw(st.integers(0, 29)) == 29:  # shrinks towards 0: a smaller grid
        return draw(_large())
    return draw(_shaped())


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"heights": [[5]]}),
        _tiny(),
        _line(),
        _flat(),
        _sometimes_large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, nearly square: a walled plateau, where searching from every cell
    explores the whole plateau from each of its cells."""
    side = max(2, math.isqrt(n))
    return {"heights": _walled_plateau(side, max(2, n // side), rnd, 0.1)}
