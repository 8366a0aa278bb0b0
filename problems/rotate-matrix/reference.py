import math
import random

from hypothesis import strategies as st

MAX_N = 500


def rotate_matrix(matrix: list[list[int]]) -> None:
    """Transpose in place, then reverse each row in place: a clockwise quarter turn."""
    n = len(matrix)
    for i in range(n):
        row = matrix[i]
        for j in range(i + 1, n):
            row[j], matrix[j][i] = matrix[j][i], row[j]
    for row in matrix:
        row.reverse()


def _distinct(n: int, rnd: random.Random) -> list[list[int]]:
    """n * n different values in a scrambled order, some of them negative: a range walked
    with a random stride coprime with its length (a sample of 250,000 values took a
    second; this takes a few milliseconds)."""
    size = n * n
    stride = rnd.randrange(1, size + 1)
    while math.gcd(stride, size) != 1:
        stride = rnd.randrange(1, size + 1)
    low, offset = rnd.randint(-2 * size, 0), rnd.randrange(size)
    values = [low + (offset + i * stride) % size for i in range(size)]
    return [values[r * n:(r + 1) * n] for r in range(n)]


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """n up to 6, values drawn one by one (all different), so failures shrink well."""
    n = draw(st.integers(1, 6))
    values = draw(st.lists(st.integers(-99, 99), min_size=n * n, max_size=n * n, unique=True))
    return {"matrix": [values[r * n:(r + 1) * n] for r in range(n)]}


@st.composite
def _numbered(draw: st.DrawFn) -> dict:
    """1, 2, 3, ... in reading order: easy to follow by eye."""
    n = draw(st.integers(1, 12))
    return {"matrix": [[r * n + c + 1 for c in range(n)] for r in range(n)]}


@st.composite
def _random(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 60))
    return {"matrix": _distinct(n, random.Random(draw(st.integers(0, 2**32))))}


@st.composite
def _mixed(draw: st.DrawFn) -> dict:
    """About one input in ten is larger, up to 200 x 200 (the complexity check goes on to
    500 x 500)."""
    if draw(st.integers(0, 9)) == 9:
        n = draw(st.integers(1, 200))
        return {"matrix": _distinct(n, random.Random(draw(st.integers(0, 2**32))))}
    return draw(st.one_of(st.just({"matrix": [[7]]}), _small(), _numbered(), _random()))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed()


def sized(n: int, rnd: random.Random) -> dict:
    return {"matrix": _distinct(n, rnd)}
