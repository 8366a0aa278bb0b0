import random

from hypothesis import strategies as st

DIGITS = "123456789"


def is_valid_sudoku(board: list[list[str]]) -> bool:
    """One pass over the 81 cells, remembering the digits seen in each row, column and
    3 x 3 box (box number 3 * (r // 3) + c // 3); a digit seen twice in one of them
    makes the board invalid. Empty cells are skipped."""
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    for r in range(9):
        for c in range(9):
            digit = board[r][c]
            if digit == ".":
                continue
            box = 3 * (r // 3) + c // 3
            if digit in rows[r] or digit in cols[c] or digit in boxes[box]:
                return False
            rows[r].add(digit)
            cols[c].add(digit)
            boxes[box].add(digit)
    return True


# -- inputs ----------------------------------------------------------------------------
def _shuffled_order(rnd: random.Random) -> list[int]:
    """0..8 with the three bands (or stacks) and the three lines inside each shuffled."""
    bands = rnd.sample(range(3), 3)
    return [3 * band + line for band in bands for line in rnd.sample(range(3), 3)]


def solved_grid(rnd: random.Random) -> list[list[str]]:
    """A random complete valid grid: a base pattern with its digits relabelled, rows
    permuted within bands and bands permuted, columns within stacks and stacks."""
    labels = rnd.sample(DIGITS, 9)
    rows, cols = _shuffled_order(rnd), _shuffled_order(rnd)
    return [[labels[(3 * (r % 3) + r // 3 + c) % 9] for c in cols] for r in rows]


def _blank(grid: list[list[str]], count: int, rnd: random.Random) -> list[list[str]]:
    board = [row[:] for row in grid]
    for cell in rnd.sample(range(81), count):
        board[cell // 9][cell % 9] = "."
    return board


def _units(r: int, c: int) -> list[tuple[int, int]]:
    """The cells sharing a row, a column or a box with (r, c), itself excluded."""
    top, left = 3 * (r // 3), 3 * (c // 3)
    cells = {(r, j) for j in range(9)} | {(i, c) for i in range(9)}
    cells |= {(top + i, left + j) for i in range(3) for j in range(3)}
    return sorted(cells - {(r, c)})


@st.composite
def _dense(draw: st.DrawFn) -> list[list[str]]:
    """A solved grid with 0..81 cells blanked; half the time one blank cell gets a digit
    that already appears in its row, column or box."""
    blanks = draw(st.integers(0, 81))
    clash = draw(st.booleans())
    rnd = random.Random(draw(st.integers(0, 1 << 32)))
    board = _blank(solved_grid(rnd), blanks, rnd)
    if clash:
        empty = [(r, c) for r in range(9) for c in range(9) if board[r][c] == "."]
        rnd.shuffle(empty)
        for r, c in empty:
            near = [board[i][j] for i, j in _units(r, c) if board[i][j] != "."]
            if near:
                board[r][c] = rnd.choice(near)
                break
    return board


def _pair(kind: str, rnd: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    """Two cells that share only a row, only a column, or only a box."""
    r, c = rnd.randrange(9), rnd.randrange(9)
    if kind == "row":  # same row, another stack
        other = rnd.choice([j for j in range(9) if j // 3 != c // 3])
        return (r, c), (r, other)
    if kind == "column":  # same column, another band
        other = rnd.choice([i for i in range(9) if i // 3 != r // 3])
        return (r, c), (other, c)
    top, left = 3 * (r // 3), 3 * (c // 3)  # same box, another row and column
    cells = [(top + i, left + j) for i in range(3) for j in range(3)
             if top + i != r and left + j != c]
    return (r, c), rnd.choice(cells)


@st.composite
def _sparse_conflict(draw: st.DrawFn) -> list[list[str]]:
    """A sparse valid board (up to 25 digits) plus one digit written twice into two empty
    cells that share only a row, only a column or only a box, the digit absent from
    everything else both cells see: the one repetition is of that kind."""
    kind = draw(st.sampled_from(["row", "column", "box"]))
    kept = draw(st.integers(0, 25))
    rnd = random.Random(draw(st.integers(0, 1 << 32)))
    while True:
        board = _blank(solved_grid(rnd), 81 - kept, rnd)
        first, second = _pair(kind, rnd)
        if board[first[0]][first[1]] != "." or board[second[0]][second[1]] != ".":
            continue
        seen = {board[i][j] for cell in (first, second) for i, j in _units(*cell)}
        free = [d for d in DIGITS if d not in seen]
        if free:
            digit = rnd.choice(free)
            board[first[0]][first[1]] = board[second[0]][second[1]] = digit
            return board


@st.composite
def _sparse_valid(draw: st.DrawFn) -> list[list[str]]:
    """Few digits, no repetition: the same digit in boxes that a wrong box number would
    merge, and pairs of empty cells everywhere."""
    kept = draw(st.integers(1, 20))
    rnd = random.Random(draw(st.integers(0, 1 << 32)))
    return _blank(solved_grid(rnd), 81 - kept, rnd)


EMPTY = [["."] * 9 for _ in range(9)]


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just(EMPTY),
        _dense(), _dense(), _dense(),
        _sparse_conflict(), _sparse_conflict(),
        _sparse_valid(),
    ).map(lambda board: {"board": board})


def sized(n: int, rnd: random.Random) -> dict:
    """A valid board (so every cell is looked at) with 10 * n of its 81 cells filled; the
    board is always 9 x 9, so the time hardly grows."""
    return {"board": _blank(solved_grid(rnd), 81 - min(81, 10 * n), rnd)}
