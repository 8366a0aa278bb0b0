import random

from hypothesis import strategies as st

from trainer.problems.shapes import increasing_runs

VALUE = 10**9
MAX_CELLS = 10**6
WALK_ROWS = 2  # the timed matrices: two very long rows


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    rows, cols = len(matrix), len(matrix[0])
    lo, hi = 0, rows * cols - 1
    while lo <= hi:  # if target is present, its row-major position is in [lo, hi]
        mid = (lo + hi) // 2
        value = matrix[mid // cols][mid % cols]
        if value == target:
            return True
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False


# -- generators -------------------------------------------------------------------------


def _rows(flat: list[int], cols: int) -> list[list[int]]:
    return [flat[i:i + cols] for i in range(0, len(flat), cols)]


def _target_for(matrix: list[list[int]], mode: str, pick: int, other: int) -> int:
    rows, cols = len(matrix), len(matrix[0])
    first, last = matrix[0][0], matrix[-1][-1]
    if mode == "first":
        return first
    if mode == "last":
        return last
    if mode == "row-start":
        return matrix[pick % rows][0]
    if mode == "row-end":
        return matrix[pick % rows][-1]
    if mode == "present":
        return matrix[pick % rows][(pick // rows) % cols]
    if mode == "below":  # (the minimum itself when nothing fits below it)
        return max(-VALUE, first - 1 - other % 5)
    if mode == "above":
        return min(VALUE, last + 1 + other % 5)
    flat = [v for row in matrix for v in row]
    gaps = [i for i in range(len(flat) - 1) if flat[i + 1] - flat[i] >= 2]
    if mode == "row-gap":  # between the end of one row and the start of the next
        gaps = [i for i in gaps if (i + 1) % cols == 0] or gaps
    if mode in ("gap", "row-gap") and gaps:
        i = gaps[pick % len(gaps)]
        return flat[i] + 1 + other % (flat[i + 1] - flat[i] - 1)
    return other  # "any"


MODES = ["first", "last", "row-start", "row-end", "present", "below", "above", "gap",
         "row-gap", "any"]


@st.composite
def _matrix(draw: st.DrawFn, rows: st.SearchStrategy[int], cols: st.SearchStrategy[int],
            values: st.SearchStrategy[int], modes: list[str] = MODES) -> dict:
    m, n = draw(rows), draw(cols)
    flat = sorted(draw(st.lists(values, min_size=m * n, max_size=m * n, unique=True)))
    matrix = _rows(flat, n)
    mode = draw(st.sampled_from(modes))
    pick = draw(st.integers(0, 10**6))
    other = draw(st.integers(-VALUE, VALUE))
    return {"matrix": matrix, "target": _target_for(matrix, mode, pick, other)}


@st.composite
def _range_built(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    m = draw(st.integers(1, 60))
    n = draw(st.integers(1, 60))
    matrix = _rows(increasing_runs(rnd, m * n, VALUE), n)
    mode = draw(st.sampled_from(MODES))
    target = _target_for(matrix, mode, rnd.randrange(10**6), rnd.randint(-VALUE, VALUE))
    return {"matrix": matrix, "target": target}


def inputs() -> st.SearchStrategy[dict]:
    wide = st.integers(-VALUE, VALUE)
    dense = st.integers(-40, 40)
    one = st.just(1)
    return st.one_of(
        _matrix(one, one, wide),  # 1 x 1
        _matrix(one, st.integers(2, 30), st.one_of(wide, dense)),  # one row
        _matrix(st.integers(2, 30), one, st.one_of(wide, dense)),  # one column
        _matrix(st.integers(2, 8), st.integers(2, 8), dense),
        _matrix(st.integers(1, 8), st.integers(1, 8), dense,  # the corners of the range
                ["first", "last", "row-start", "row-end", "below", "above"]),
        _matrix(st.integers(1, 12), st.integers(1, 12), wide),
        _matrix(st.integers(1, 2), st.integers(1, 3),
                st.sampled_from([-VALUE, -VALUE + 1, -1, 0, 1, VALUE - 1, VALUE])),
        _range_built(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells in 2 long rows (n / 2 columns: up to 500,000 at n = 10^6, the
    constraint's largest matrix). The target sits in the middle of the middle row, so a
    walk from a corner (a staircase, from either corner) takes about n / 4 steps, and a
    scan of rows reads as many cells; a binary search takes about log2(n)."""
    rows = max(1, min(WALK_ROWS, n // 100))
    cols = max(1, n // rows)
    flat = increasing_runs(rnd, rows * cols, VALUE)
    matrix = _rows(flat, cols)
    middle = (rows // 2) * cols + cols // 2
    target = flat[middle] + 1 if flat[middle + 1] - flat[middle] >= 2 else flat[middle]
    return {"matrix": matrix, "target": target}
