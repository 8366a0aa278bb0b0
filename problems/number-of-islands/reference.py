import random

from hypothesis import strategies as st

from trainer.problems.shapes import grids, square_grid

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


def inputs() -> st.SearchStrategy[dict]:
    return grids(MAX_SIDE, "1", "0").map(lambda grid: {"grid": grid})


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, square, 75% land: one huge island plus many small ones."""
    return {"grid": square_grid(n, rnd, MAX_SIDE, 0.75, "1", "0")}
