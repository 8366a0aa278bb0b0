import random

from hypothesis import strategies as st

SIDE = 100
# Generated grids with both sides long would be out of reach for the exponential slow/
# solution; those are checked by the complexity ladder, up to 49 x 49. Long thin grids
# (up to 3 x 100) are generated.
SMALL_SUM = 22


def unique_paths(m: int, n: int) -> int:
    routes = [[1] * n for _ in range(m)]  # the first row and column have one route each
    for r in range(1, m):
        for c in range(1, n):
            routes[r][c] = routes[r - 1][c] + routes[r][c - 1]
    return routes[m - 1][n - 1]


@st.composite
def _thin(draw: st.DrawFn) -> dict:
    """One side of 1 to 3 cells, the other up to 100 (1 x n, n x 1 and narrow strips)."""
    short = draw(st.integers(1, 3))
    long = draw(st.integers(1, SIDE))
    if draw(st.booleans()):
        short, long = long, short
    return {"m": short, "n": long}


@st.composite
def _small(draw: st.DrawFn) -> dict:
    m = draw(st.integers(1, SMALL_SUM - 2))
    n = draw(st.integers(1, SMALL_SUM - m))
    return {"m": m, "n": n}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"m": 1, "n": 1}),
        _thin(),
        _small(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """An (n + 1) x (n + 1) grid: square grids have the most routes for their size.

    The ladder stops at 49 x 49 on purpose. A memoized recursion is a fine solution, but in
    CPython 3.11 its cost per cell jumps erratically once it recurses more than about a
    hundred frames deep (m + n), which a ladder reaching 100 x 100 would mistake for worse
    growth. Below that depth its time grows like the reference's.
    """
    return {"m": min(n + 1, SIDE), "n": min(n + 1, SIDE)}
