import math
import random

from hypothesis import strategies as st

MAX_SIDE = 300


def num_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= x < rows and 0 <= y < cols and not seen[x][y] and grid[x][y] == "1":
                        seen[x][y] = True
                        stack.append((x, y))
    return islands


# -- grids ---------------------------------------------------------------------------


def _random_grid(rows: int, cols: int, density: float, rnd: random.Random) -> list[list[str]]:
    return [["1" if rnd.random() < density else "0" for _ in range(cols)] for _ in range(rows)]


def _serpentine(rows: int, cols: int) -> list[list[str]]:
    """One island snaking through the grid: full rows joined alternately at the two ends."""
    grid = [["0"] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = ["1"] * cols
    for r in range(1, rows, 2):
        grid[r][cols - 1 if r % 4 == 1 else 0] = "1"
    return grid


def _spiral(rows: int, cols: int) -> list[list[str]]:
    """One island winding inwards: a spiral corridor of land two cells apart."""
    grid = [["0"] * cols for _ in range(rows)]
    top, left, bottom, right = 0, 0, rows - 1, cols - 1
    r, c = 0, 0
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            grid[top][c] = "1"
        for r in range(top, bottom + 1):
            grid[r][right] = "1"
        if top + 2 <= bottom:
            for c in range(right, left - 1, -1):
                grid[bottom][c] = "1"
        if left + 2 <= right and top + 2 <= bottom:
            for r in range(bottom, top + 1, -1):
                grid[r][left] = "1"
            if top + 2 < bottom:
                grid[top + 2][left + 1] = "1"
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
    return grid


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Small grids drawn cell by cell, so a failure shrinks to a readable picture."""
    rows = draw(st.integers(1, 5))
    cols = draw(st.integers(1, 5))
    cell = st.sampled_from(["0", "1"])
    grid = draw(st.lists(st.lists(cell, min_size=cols, max_size=cols),
                         min_size=rows, max_size=rows))
    return {"grid": grid}


@st.composite
def _random(draw: st.DrawFn) -> dict:
    rows = draw(st.integers(1, 40))
    cols = draw(st.integers(1, 40))
    density = draw(st.sampled_from([0.1, 0.3, 0.5, 0.6, 0.7, 0.9]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"grid": _random_grid(rows, cols, density, rnd)}


@st.composite
def _uniform(draw: st.DrawFn) -> dict:
    """All land (one island) or all water (none), including single rows and columns."""
    rows = draw(st.integers(1, 30))
    cols = draw(st.integers(1, 30))
    value = draw(st.sampled_from(["0", "1"]))
    return {"grid": [[value] * cols for _ in range(rows)]}


@st.composite
def _checkerboard(draw: st.DrawFn) -> dict:
    """Land touching only diagonally: every land cell is its own island."""
    rows = draw(st.integers(1, 30))
    cols = draw(st.integers(1, 30))
    phase = draw(st.integers(0, 1))
    return {"grid": [["1" if (r + c + phase) % 2 == 0 else "0" for c in range(cols)]
                     for r in range(rows)]}


@st.composite
def _snake(draw: st.DrawFn) -> dict:
    """A single island that is one long path: deep for a recursive search."""
    rows = draw(st.integers(1, 12))
    cols = draw(st.integers(1, 12))
    shape = draw(st.sampled_from([_serpentine, _spiral]))
    grid = shape(rows, cols)
    if draw(st.booleans()):  # a few extra lone cells or cuts
        rnd = random.Random(draw(st.integers(0, 2**32)))
        for _ in range(draw(st.integers(1, 4))):
            r, c = rnd.randrange(rows), rnd.randrange(cols)
            grid[r][c] = "1" if grid[r][c] == "0" else "0"
    return {"grid": grid}


@st.composite
def _big(draw: st.DrawFn) -> dict:
    """A grid up to 300 x 300: random land or a snake (deep recursion)."""
    rows = draw(st.integers(1, MAX_SIDE))
    cols = draw(st.integers(1, MAX_SIDE))
    shape = draw(st.sampled_from(["random", "serpentine", "spiral"]))
    if shape != "random":
        return {"grid": (_serpentine if shape == "serpentine" else _spiral)(rows, cols)}
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"grid": _random_grid(rows, cols, draw(st.floats(0.1, 0.9)), rnd)}


@st.composite
def _sometimes_big(draw: st.DrawFn) -> dict:
    """About one input in ten is big: big grids are slow to copy and to shrink."""
    if draw(st.integers(0, 9)) == 9:  # shrinks towards 0: a small grid
        return draw(_big())
    return draw(st.one_of(_tiny(), _random(), _uniform(), _checkerboard(), _snake()))


def inputs() -> st.SearchStrategy[dict]:
    return _sometimes_big()


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, square, 75% land: one huge island plus many small ones."""
    side = min(MAX_SIDE, max(1, math.isqrt(n)))
    rows, cols = side, min(MAX_SIDE, max(1, n // side))
    return {"grid": _random_grid(rows, cols, 0.75, rnd)}
