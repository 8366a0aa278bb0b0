import math
import random

from hypothesis import strategies as st

from trainer.problems.shapes import serpentine, spiral

MAX_SIDE = 100
Grid = list[list[int]]


def oranges_rotting(grid: Grid) -> int:
    """A breadth-first search from every rotten orange at once, one level per minute."""
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    frontier = [(r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2]
    fresh = sum(row.count(1) for row in state)
    minutes = 0
    while frontier and fresh:
        minutes += 1
        rotted = []
        for r, c in frontier:
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < rows and 0 <= y < cols and state[x][y] == 1:
                    state[x][y] = 2
                    rotted.append((x, y))
        fresh -= len(rotted)
        frontier = rotted
    return -1 if fresh else minutes


def _random(rows: int, cols: int, rnd: random.Random, weights: tuple[int, int, int]) -> Grid:
    cells = rnd.choices((0, 1, 2), weights=weights, k=rows * cols)
    return [cells[r * cols:(r + 1) * cols] for r in range(rows)]


def _corridor(rows: int, cols: int, rnd: random.Random, kind: str) -> Grid:
    """A corridor of fresh oranges (a serpentine or a spiral), rotten at one end or at a
    random cell of it: a long answer."""
    grid = (serpentine if kind == "serpentine" else spiral)(rows, cols, 1, 0)
    if rnd.random() < 0.5:
        grid[0][0] = 2
    else:
        cells = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 1]
        r, c = rnd.choice(cells)
        grid[r][c] = 2
    return grid


@st.composite
def _tiny(draw: st.DrawFn) -> Grid:
    """Up to 5 x 5, cell by cell: failures shrink to a readable picture."""
    rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    row = st.lists(st.sampled_from([0, 1, 2]), min_size=cols, max_size=cols)
    return draw(st.lists(row, min_size=rows, max_size=rows))


@st.composite
def _randomly(draw: st.DrawFn, most: int, colors: tuple[int, int, int] | None = None) -> Grid:
    rows, cols = draw(st.integers(1, most)), draw(st.integers(1, most))
    weights = colors or draw(st.sampled_from(
        [(1, 1, 1), (1, 6, 1), (1, 20, 1), (3, 6, 1), (0, 1, 0), (1, 1, 0), (1, 0, 1)]))
    return _random(rows, cols, random.Random(draw(st.integers(0, 2**32))), weights)


@st.composite
def _corridors(draw: st.DrawFn) -> Grid:
    rows, cols = draw(st.integers(1, 30)), draw(st.integers(1, 30))
    kind = draw(st.sampled_from(["serpentine", "spiral"]))
    return _corridor(rows, cols, random.Random(draw(st.integers(0, 2**32))), kind)


@st.composite
def _walled(draw: st.DrawFn) -> Grid:
    """Fresh oranges on both sides of a wall of empty cells, rotten ones on one side only
    (or on both: then every orange rots)."""
    rows, cols = draw(st.integers(1, 12)), draw(st.integers(3, 12))
    wall = draw(st.integers(1, cols - 2))
    grid = [[0 if c == wall else 1 for c in range(cols)] for _ in range(rows)]
    grid[draw(st.integers(0, rows - 1))][draw(st.integers(0, wall - 1))] = 2
    if draw(st.booleans()):
        grid[draw(st.integers(0, rows - 1))][draw(st.integers(wall + 1, cols - 1))] = 2
    return grid


@st.composite
def _mixed(draw: st.DrawFn) -> Grid:
    """About one input in ten is larger, up to 100 x 100 (random, so the answers stay
    short enough for a slow solution to finish within the time per call)."""
    if draw(st.integers(0, 9)) == 9:
        return draw(_randomly(MAX_SIDE))
    return draw(st.one_of(
        st.sampled_from([[[0]], [[1]], [[2]], [[2, 1]], [[1], [0], [2]]]),
        _tiny(),
        _randomly(30),
        _randomly(20, (1, 3, 0)),  # fresh oranges but no rotten one: -1
        _randomly(20, (1, 0, 2)),  # no fresh orange: 0
        _corridors(),
        _walled(),
    ))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed().map(lambda grid: {"grid": grid})


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, square: a serpentine corridor of fresh oranges rotten at one end,
    so the rot takes about n / 2 minutes to reach the other end."""
    side = min(MAX_SIDE, max(1, math.isqrt(n)))
    grid = serpentine(side, side, 1, 0)
    grid[0][0] = 2
    return {"grid": grid}
