import random

from hypothesis import strategies as st

VALUE = 10**5


def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    rows, cols = len(matrix), len(matrix[0])
    # prefix[r][c] = sum of matrix[0..r-1][0..c-1]; row 0 and column 0 are zeros
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            prefix[r + 1][c + 1] = (matrix[r][c] + prefix[r][c + 1] + prefix[r + 1][c]
                                    - prefix[r][c])
    answers = []
    for r1, c1, r2, c2 in queries:
        answers.append(prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1]
                       - prefix[r2 + 1][c1] + prefix[r1][c1])
    return answers


def _below(rnd: random.Random, n: int) -> int:
    """A uniform integer in 0..n-1 (faster than randrange for the large inputs)."""
    return int(rnd.random() * n)


def _query(rnd: random.Random, rows: int, cols: int, big: bool = False) -> list[int]:
    if big:  # a rectangle covering most of the grid
        r1, r2 = _below(rnd, rows // 4 + 1), rows - 1 - _below(rnd, rows // 4 + 1)
        c1, c2 = _below(rnd, cols // 4 + 1), cols - 1 - _below(rnd, cols // 4 + 1)
        return [r1, c1, r2, c2]
    r1, r2 = _below(rnd, rows), _below(rnd, rows)
    c1, c2 = _below(rnd, cols), _below(rnd, cols)
    return [min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)]


def _matrix(rnd: random.Random, rows: int, cols: int, spread: int) -> list[list[int]]:
    values = range(-spread, spread + 1)
    return [rnd.choices(values, k=cols) for _ in range(rows)]


@st.composite
def _grid(draw: st.DrawFn, max_side: int, max_queries: int) -> dict:
    rows = draw(st.integers(1, max_side))
    cols = draw(st.integers(1, max_side))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if rows * cols <= 16:  # small grids: Hypothesis draws (and shrinks) every value
        values = st.one_of(st.integers(-VALUE, VALUE), st.integers(-3, 3))
        matrix = draw(st.lists(st.lists(values, min_size=cols, max_size=cols),
                               min_size=rows, max_size=rows))
    else:
        matrix = _matrix(rnd, rows, cols, draw(st.sampled_from([3, VALUE])))
    queries = []
    for _ in range(draw(st.integers(0, max_queries))):
        kind = rnd.choice(["any", "cell", "whole", "row", "column", "corner"])
        r1, c1, r2, c2 = _query(rnd, rows, cols)
        if kind == "cell":
            r2, c2 = r1, c1
        elif kind == "whole":
            r1, c1, r2, c2 = 0, 0, rows - 1, cols - 1
        elif kind == "row":
            r2 = r1
        elif kind == "column":
            c2 = c1
        elif kind == "corner":  # touches row 0 or column 0
            if rnd.random() < 0.5:
                r1 = 0
            else:
                c1 = 0
        queries.append([r1, c1, r2, c2])
    return {"matrix": matrix, "queries": queries}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    rows, cols = rnd.randint(1, 40), rnd.randint(1, 40)
    matrix = _matrix(rnd, rows, cols, VALUE)
    queries = [_query(rnd, rows, cols, rnd.random() < 0.3) for _ in range(rnd.randint(0, 200))]
    return {"matrix": matrix, "queries": queries}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _grid(1, 3),  # a single cell
        _grid(4, 12),
        _grid(10, 25),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """An n x n grid and n * n / 4 queries, mostly rectangles covering most of the grid."""
    matrix = _matrix(rnd, n, n, VALUE)
    queries = [_query(rnd, n, n, rnd.random() < 0.9) for _ in range(n * n // 4)]
    return {"matrix": matrix, "queries": queries}
