import random

from hypothesis import strategies as st

from trainer.problems.shapes import serpentine

MAX_SIDE = 200
TOP = 2**31 - 1
# A DFS without memory (the slow/ solution) makes one call per path; the generated grids
# keep that count under CALLS (a grid that needs more is cut to its top-left corner), and
# the ladder shows it exponential.
CALLS = 100_000
CORNER = 4
_STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def longest_increasing_path(matrix: list[list[int]]) -> int:
    """best[cell] = 1 + the best of its larger neighbours, filled from the largest value
    down, so every larger neighbour is done first; no recursion."""
    rows, cols = len(matrix), len(matrix[0])
    best = [[1] * cols for _ in range(rows)]
    cells = sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)),
                   reverse=True)
    answer = 1
    for value, r, c in cells:
        here = 1
        for dr, dc in _STEPS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > value:
                here = max(here, best[nr][nc] + 1)
        best[r][c] = here
        answer = max(answer, here)
    return answer


# -- generators ----------------------------------------------------------------------


def _naive_calls(matrix: list[list[int]]) -> int:
    """The calls of a DFS without memory from every cell: calls(cell) = 1 + the calls of
    its larger neighbours, summed over the cells (capped at CALLS + 1)."""
    rows, cols = len(matrix), len(matrix[0])
    calls = [[1] * cols for _ in range(rows)]
    total = 0
    for value, r, c in sorted(((matrix[r][c], r, c) for r in range(rows)
                               for c in range(cols)), reverse=True):
        here = 1
        for dr, dc in _STEPS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > value:
                here += calls[nr][nc]
        calls[r][c] = min(here, CALLS + 1)
        total = min(total + calls[r][c], CALLS + 1)
    return total


def _bounded(matrix: list[list[int]]) -> dict:
    if _naive_calls(matrix) > CALLS:
        matrix = [row[:CORNER] for row in matrix[:CORNER]]
    return {"matrix": matrix}


_TINY = st.integers(1, 4).flatmap(lambda cols: st.lists(
    st.lists(st.integers(0, 4), min_size=cols, max_size=cols), min_size=1, max_size=4))


@st.composite
def _random(draw: st.DrawFn) -> list[list[int]]:
    """Mostly up to 40 by 40; one grid in ten up to the full 200 by 200."""
    side = MAX_SIDE if draw(st.integers(0, 9)) == 0 else 40
    rows, cols = draw(st.integers(1, side)), draw(st.integers(1, side))
    high = draw(st.sampled_from([0, 1, 3, 10, TOP]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return [[rnd.randint(0, high) for _ in range(cols)] for _ in range(rows)]


@st.composite
def _snake(draw: st.DrawFn) -> list[list[int]]:
    """Values increasing along a snake through the grid (walls of 0 between its rows):
    the longest path visits the whole snake, deep for a recursion. Sometimes reversed,
    or one value on it lowered to break the path in two."""
    rows, cols = draw(st.integers(1, 60)), draw(st.integers(1, 60))
    land = serpentine(rows, cols, True, False)
    order, (r, c) = [], (0, 0)
    seen = set()
    while True:
        order.append((r, c))
        seen.add((r, c))
        for dr, dc in _STEPS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and land[nr][nc] and (nr, nc) not in seen:
                r, c = nr, nc
                break
        else:
            break
    start = draw(st.sampled_from([1, 1000, TOP - len(order)]))
    if draw(st.booleans()):
        order.reverse()
    matrix = [[0] * cols for _ in range(rows)]
    for k, (r, c) in enumerate(order):
        matrix[r][c] = start + k
    if draw(st.booleans()) and len(order) > 2:
        r, c = order[draw(st.integers(1, len(order) - 2))]
        matrix[r][c] = start  # equal to the first: the path breaks here
    return matrix


@st.composite
def _equal(draw: st.DrawFn) -> list[list[int]]:
    """All values equal: no step is possible, the answer is 1."""
    rows, cols = draw(st.integers(1, 60)), draw(st.integers(1, MAX_SIDE))
    value = draw(st.sampled_from([0, 5, TOP]))
    return [[value] * cols for _ in range(rows)]


@st.composite
def _line(draw: st.DrawFn) -> list[list[int]]:
    """One row or one column, random or sorted with plateaus."""
    n = draw(st.integers(1, MAX_SIDE))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    values = [rnd.randint(0, draw(st.sampled_from([2, 50, TOP]))) for _ in range(n)]
    if draw(st.booleans()):
        values.sort()
    return [values] if draw(st.booleans()) else [[v] for v in values]


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_TINY, _TINY, _random(), _random(), _snake(), _snake(), _equal(),
                     _line()).map(_bounded)


def sized(n: int, rnd: random.Random) -> dict:
    """A square of about n cells with values r + c plus small noise: most steps right or
    down increase, so a DFS without memory follows binomially many paths."""
    side = max(1, min(MAX_SIDE, int(n ** 0.5)))
    return {"matrix": [[4 * (r + c) + rnd.randint(0, 2) for c in range(side)]
                       for r in range(side)]}
