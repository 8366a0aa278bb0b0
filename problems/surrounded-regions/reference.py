import math
import random

from hypothesis import strategies as st

from trainer.problems.shapes import grids, random_grid, serpentine

MAX_SIDE = 200
Board = list[list[str]]


def capture_regions(board: Board) -> None:
    """Flood from every border 'O', marking the safe cells '#'; then every 'O' left is
    captured and every '#' is restored."""
    rows, cols = len(board), len(board[0])
    stack = [(r, c) for r in range(rows) for c in (0, cols - 1)]
    stack += [(r, c) for r in (0, rows - 1) for c in range(1, cols - 1)]
    while stack:
        r, c = stack.pop()
        if board[r][c] != "O":
            continue
        board[r][c] = "#"
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O":
                stack.append((x, y))
    for row in board:
        for c, cell in enumerate(row):
            if cell == "O":
                row[c] = "X"
            elif cell == "#":
                row[c] = "O"


def _enclosed_snake(rows: int, cols: int) -> Board:
    """A serpentine of 'O' inside a ring of 'X': one long region that never reaches the
    border."""
    board = [["X"] * cols for _ in range(rows)]
    if rows > 2 and cols > 2:
        inner = serpentine(rows - 2, cols - 2, "O", "X")
        for r, row in enumerate(inner):
            board[r + 1][1:cols - 1] = row
    return board


@st.composite
def _diagonal(draw: st.DrawFn) -> Board:
    """An inner region that touches a border 'O' only at a corner: it must be captured.
    Sometimes a straight link to the border is opened, which saves it."""
    rows, cols = draw(st.integers(3, 10)), draw(st.integers(3, 10))
    board = [["X"] * cols for _ in range(rows)]
    r, c = draw(st.integers(1, rows - 2)), draw(st.integers(1, cols - 2))
    board[r][c] = "O"
    for _ in range(draw(st.integers(0, 6))):  # grow the region a few cells inwards
        x, y = draw(st.integers(1, rows - 2)), draw(st.integers(1, cols - 2))
        if abs(x - r) + abs(y - c) == 1:
            board[x][y] = "O"
    corner_r, corner_c = draw(st.sampled_from([(r - 1, c - 1), (r - 1, c + 1),
                                               (r + 1, c - 1), (r + 1, c + 1)]))
    if corner_r in (0, rows - 1) or corner_c in (0, cols - 1):
        board[corner_r][corner_c] = "O"
    if draw(st.integers(0, 3)) == 0:
        board[0][c] = "O"
        for x in range(1, r):
            board[x][c] = "O"
    return board


@st.composite
def _snakes(draw: st.DrawFn) -> Board:
    """A long snake of 'O', enclosed or opened to the border at one end."""
    rows, cols = draw(st.integers(3, 40)), draw(st.integers(3, 40))
    board = _enclosed_snake(rows, cols)
    if draw(st.booleans()):
        board[0][1] = "O"
    return board


@st.composite
def _large(draw: st.DrawFn) -> Board:
    """Up to 200 x 200, with few enough 'O' that the regions stay small (a slow solution
    must finish within the time per call)."""
    rows, cols = draw(st.integers(1, MAX_SIDE)), draw(st.integers(1, MAX_SIDE))
    density = draw(st.sampled_from([0.2, 0.35, 0.5]))
    return random_grid(rows, cols, density, random.Random(draw(st.integers(0, 2**32))),
                       "O", "X")


@st.composite
def _mixed(draw: st.DrawFn) -> Board:
    """About one board in twenty is large: big boards are slow to copy and to compare,
    and the complexity check goes on to 200 x 200 too."""
    if draw(st.integers(0, 19)) == 19:
        return draw(_large())
    return draw(st.one_of(grids(40, "O", "X"), _diagonal(), _snakes()))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed().map(lambda board: {"board": board})


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, square: one serpentine region of 'O' inside a ring of 'X', opened
    to the border at its start: the flood from the border walks the whole snake, and a
    search from every 'O' walks back along it to the opening each time."""
    side = min(MAX_SIDE, max(3, math.isqrt(n)))
    board = _enclosed_snake(side, side)
    board[0][1] = "O"
    return {"board": board}
