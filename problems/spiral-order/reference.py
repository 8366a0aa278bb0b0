import math
import random

from hypothesis import strategies as st

MAX_SIDE = 100


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Four boundaries of the part not read yet, moved inwards after each side."""
    order: list[int] = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        order.extend(matrix[top][left:right + 1])
        for r in range(top + 1, bottom + 1):
            order.append(matrix[r][right])
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                order.append(matrix[bottom][c])
        if left < right:
            for r in range(bottom - 1, top, -1):
                order.append(matrix[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order


def _distinct(rows: int, cols: int, rnd: random.Random) -> list[list[int]]:
    """rows * cols different values in a scrambled order: a range walked with a random
    stride coprime with its length."""
    size = rows * cols
    stride = rnd.randrange(1, size + 1)
    while math.gcd(stride, size) != 1:
        stride = rnd.randrange(1, size + 1)
    low, offset = rnd.randint(-3 * size, 0), rnd.randrange(size)
    values = [low + (offset + i * stride) % size for i in range(size)]
    return [values[r * cols:(r + 1) * cols] for r in range(rows)]


def _numbered(rows: int, cols: int) -> list[list[int]]:
    """1, 2, 3, ... in reading order: easy to follow by eye."""
    return [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]


@st.composite
def _shaped(draw: st.DrawFn, rows: st.SearchStrategy[int], cols: st.SearchStrategy[int]) -> dict:
    m, n = draw(rows), draw(cols)
    if draw(st.booleans()):
        return {"matrix": _numbered(m, n)}
    return {"matrix": _distinct(m, n, random.Random(draw(st.integers(0, 2**32))))}


def inputs() -> st.SearchStrategy[dict]:
    side = st.integers(1, MAX_SIDE)
    small = st.integers(1, 8)
    return st.one_of(
        st.builds(lambda v: {"matrix": [[v]]}, st.integers(-10**6, 10**6)),  # 1 x 1
        _shaped(st.just(1), side),  # a single row
        _shaped(side, st.just(1)),  # a single column
        _shaped(st.just(2), side),  # 2 x n
        _shaped(side, st.just(2)),  # n x 2
        _shaped(small, small),  # small: failures shrink to a readable matrix
        _shaped(st.integers(1, 30), st.integers(1, 30)),
        _shaped(side, side),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """About n cells, as square as 100 x 100 allows."""
    side = min(MAX_SIDE, max(1, math.isqrt(n)))
    return {"matrix": _distinct(side, min(MAX_SIDE, max(1, n // side)), rnd)}
