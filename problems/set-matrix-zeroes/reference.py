import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

MAX_SIDE = 200
LOW, HIGH = -2**31, 2**31 - 1


def set_zeroes(matrix: list[list[int]]) -> None:
    """The first row and the first column keep the markers: matrix[i][0] == 0 means row i
    must be zeroed, matrix[0][j] == 0 that column j must; two flags remember whether the
    first row and column must be zeroed themselves."""
    rows, cols = len(matrix), len(matrix[0])
    first = matrix[0]
    first_row_zero = 0 in first
    first_col_zero = any(row[0] == 0 for row in matrix)
    for r in range(1, rows):
        row = matrix[r]
        for c in range(1, cols):
            if row[c] == 0:
                row[0] = 0
                first[c] = 0
    for r in range(1, rows):
        row = matrix[r]
        if row[0] == 0:
            for c in range(1, cols):
                row[c] = 0
    for c in range(1, cols):
        if first[c] == 0:
            for r in range(1, rows):
                matrix[r][c] = 0
    if first_row_zero:
        for c in range(cols):
            first[c] = 0
    if first_col_zero:
        for row in matrix:
            row[0] = 0


def _matrix(rows: int, cols: int, density: float, rnd: random.Random,
            low: int = LOW, high: int = HIGH) -> list[list[int]]:
    """rows x cols values from [low, high] (0 avoided), then about density of the cells
    set to 0."""
    values = [v or 1 for v in integers(rnd, rows * cols, low, high)]
    matrix = [values[r * cols:(r + 1) * cols] for r in range(rows)]
    for row in matrix:
        for c in range(cols):
            if rnd.random() < density:
                row[c] = 0
    return matrix


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Up to 5 x 5, cell by cell, zeros frequent: failures shrink to a readable matrix."""
    rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    cell = st.one_of(st.just(0), st.integers(-9, 9), st.sampled_from([LOW, HIGH]))
    row = st.lists(cell, min_size=cols, max_size=cols)
    return {"matrix": draw(st.lists(row, min_size=rows, max_size=rows))}


@st.composite
def _random(draw: st.DrawFn, most: int) -> dict:
    rows, cols = draw(st.integers(1, most)), draw(st.integers(1, most))
    density = draw(st.sampled_from([0.0, 0.01, 0.05, 0.1, 0.2]))
    return {"matrix": _matrix(rows, cols, density, random.Random(draw(st.integers(0, 2**32))))}


@st.composite
def _border_zeros(draw: st.DrawFn) -> dict:
    """Zeros in the first row, the first column or the corner, where the markers live;
    sometimes one more zero inside."""
    rows, cols = draw(st.integers(1, 12)), draw(st.integers(1, 12))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    matrix = _matrix(rows, cols, 0.0, rnd, -99, 99)
    where = draw(st.sampled_from(["row", "column", "corner", "both"]))
    if where in ("row", "both"):
        matrix[0][rnd.randrange(cols)] = 0
    if where in ("column", "both"):
        matrix[rnd.randrange(rows)][0] = 0
    if where == "corner":
        matrix[0][0] = 0
    if draw(st.booleans()):
        matrix[rnd.randrange(rows)][rnd.randrange(cols)] = 0
    return {"matrix": matrix}


@st.composite
def _uniform(draw: st.DrawFn) -> dict:
    """All zeros, or no zero at all (one value repeated)."""
    rows, cols = draw(st.integers(1, 20)), draw(st.integers(1, 20))
    value = draw(st.sampled_from([0, 0, 1, -1, LOW, HIGH]))
    return {"matrix": [[value] * cols for _ in range(rows)]}


@st.composite
def _mixed(draw: st.DrawFn) -> dict:
    """About one input in twenty is larger, up to 200 x 200 (big matrices are slow to copy
    and to compare; the complexity check goes on to 200 x 200 too)."""
    if draw(st.integers(0, 19)) == 19:
        return draw(_random(MAX_SIDE))
    return draw(st.one_of(
        st.builds(lambda v: {"matrix": [[v]]}, st.sampled_from([0, 7, LOW, HIGH])),
        _tiny(), _random(30), _border_zeros(), _uniform(),
    ))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed()


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, square, a fifth of them 0 (the densest the inputs allow): each 0
    costs a row and a column to a solution that zeroes them as it finds it."""
    side = min(MAX_SIDE, max(1, int(n ** 0.5)))
    return {"matrix": _matrix(side, side, 0.2, rnd)}
