import random

from hypothesis import strategies as st

from trainer.problems.shapes import grids, square_grid

MAX_SIDE = 300


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or seen[r][c]:
                continue
            seen[r][c] = True
            stack = [(r, c)]
            area = 0
            while stack:
                i, j = stack.pop()
                area += 1
                for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= x < rows and 0 <= y < cols and not seen[x][y] and grid[x][y] == 1:
                        seen[x][y] = True
                        stack.append((x, y))
            best = max(best, area)
    return best


# -- grids ---------------------------------------------------------------------------


@st.composite
def _blocks(draw: st.DrawFn) -> list[list[int]]:
    """A few separate rectangles of land: the largest one must win, not the first or last."""
    rows = draw(st.integers(1, 20))
    cols = draw(st.integers(1, 20))
    grid = [[0] * cols for _ in range(rows)]
    for _ in range(draw(st.integers(1, 5))):
        r = draw(st.integers(0, rows - 1))
        c = draw(st.integers(0, cols - 1))
        h = draw(st.integers(1, rows - r))
        w = draw(st.integers(1, cols - c))
        for i in range(r, r + h):
            for j in range(c, c + w):
                grid[i][j] = 1
    return grid


def inputs() -> st.SearchStrategy[dict]:
    return grids(MAX_SIDE, 1, 0, _blocks()).map(lambda grid: {"grid": grid})


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, square, 75% land: one huge island plus many small ones."""
    return {"grid": square_grid(n, rnd, MAX_SIDE)}
