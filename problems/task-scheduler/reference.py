import random
import string
from collections import Counter

from hypothesis import strategies as st

LETTERS = string.ascii_uppercase
MAX_TASKS, MAX_GAP = 10**4, 100


def least_interval(tasks, n):
    """The most frequent letter, run `top` times, needs (top - 1) frames of n + 1 units and
    a last frame holding every letter tied with it; other tasks fill the idle slots, and
    once they overflow them no unit is idle at all."""
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for count in counts.values() if count == top)
    return max(len(tasks), (top - 1) * (n + 1) + tied)


def _letters(alphabet: str) -> st.SearchStrategy[str]:
    return st.sampled_from(alphabet)


@st.composite
def _even(draw: st.DrawFn) -> list[str]:
    """k copies of each of the first `width` letters (all 26 when width is 26)."""
    width = draw(st.sampled_from([2, 3, 26]))
    copies = draw(st.integers(1, 5))
    tasks = list(LETTERS[:width]) * copies
    random.Random(draw(st.integers(0, 2**32))).shuffle(tasks)
    return tasks


@st.composite
def _tied(draw: st.DrawFn) -> list[str]:
    """Several letters tied for the highest count, and a few others below it."""
    top = draw(st.integers(1, 6))
    tied = draw(st.integers(2, 5))
    tasks = list(LETTERS[:tied]) * top
    tasks += draw(st.lists(_letters(LETTERS[tied:tied + 4]), max_size=top - 1 if top > 1 else 0))
    return tasks


@st.composite
def _large(draw: st.DrawFn) -> list[str]:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    width = draw(st.sampled_from([1, 3, 10, 26]))
    size = draw(st.integers(100, 3000))
    weights = [rnd.random() ** 3 for _ in range(width)]  # uneven counts
    return rnd.choices(LETTERS[:width], weights=weights, k=size)


def _gaps() -> st.SearchStrategy[int]:
    return st.one_of(st.just(0), st.integers(0, 3), st.integers(0, MAX_GAP),
                     st.just(MAX_GAP))


def inputs() -> st.SearchStrategy[dict]:
    tasks = st.one_of(
        st.lists(st.just("A"), min_size=1, max_size=6),  # a single letter
        st.lists(_letters("AB"), min_size=1, max_size=8),
        st.lists(_letters("ABC"), min_size=1, max_size=14),
        st.lists(_letters(LETTERS), min_size=1, max_size=40),
        _even(),
        _tied(),
        _large(),
    )
    return st.fixed_dictionaries({"tasks": tasks, "n": _gaps()})


def sized(n: int, rnd: random.Random) -> dict:
    """n tasks over all 26 letters with uneven counts, and a gap of 10."""
    weights = [rnd.random() ** 2 for _ in LETTERS]
    return {"tasks": rnd.choices(LETTERS, weights=weights, k=n), "n": 10}
