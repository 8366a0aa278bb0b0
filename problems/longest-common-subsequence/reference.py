import random
import string

from hypothesis import strategies as st

LETTERS = string.ascii_lowercase
# Generated strings stay short so that the exponential slow/ solution finishes them; the
# complexity ladder checks long strings, up to 600 characters each.
SHORT = 10


def longest_common_subsequence(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)  # row i - 1 of the table: answers for a[:i-1] and b[:j]
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            if x == y:
                current.append(previous[j] + 1)
            else:
                current.append(max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def baseline(a: str, b: str) -> int:
    """A recursion on (i, j) memoized with lru_cache, O(m*n).

    The slowest way the problem accepts: each of the m*n cells costs a call and a cache
    entry, several times the table's work, and in CPython the cost of a call grows
    erratically with the recursion's depth. A solution is timed against this."""
    import sys
    from functools import lru_cache

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 2 * (len(a) + len(b)) + 100))

    @lru_cache(maxsize=None)
    def lcs(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + lcs(i + 1, j + 1)
        return max(lcs(i + 1, j), lcs(i, j + 1))

    return lcs(0, 0)


def _text(alphabet: str, max_size: int = SHORT, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


@st.composite
def _random_pair(draw: st.DrawFn) -> dict:
    """Both strings over one alphabet of 2 to 26 letters (small ones: many matches)."""
    size = draw(st.one_of(st.integers(2, 4), st.integers(2, 26)))
    alphabet = LETTERS[:size]
    return {"a": draw(_text(alphabet)), "b": draw(_text(alphabet))}


@st.composite
def _with_empty(draw: st.DrawFn) -> dict:
    other = draw(_text(LETTERS[:3]))
    return {"a": "", "b": other} if draw(st.booleans()) else {"a": other, "b": ""}


@st.composite
def _identical(draw: st.DrawFn) -> dict:
    text = draw(_text(LETTERS[:draw(st.integers(1, 26))], min_size=1))
    return {"a": text, "b": text}


@st.composite
def _disjoint(draw: st.DrawFn) -> dict:
    """No letter in common: the answer is 0."""
    cut = draw(st.integers(1, 25))
    a, b = draw(_text(LETTERS[:cut], min_size=1)), draw(_text(LETTERS[cut:], min_size=1))
    return {"a": a, "b": b} if draw(st.booleans()) else {"a": b, "b": a}


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """b is a subsequence of a, mixed with decoys: the answer is at least len(b)."""
    a = draw(_text(LETTERS[:3], min_size=1))
    keep = draw(st.lists(st.booleans(), min_size=len(a), max_size=len(a)))
    b = "".join(c for c, k in zip(a, keep) if k)
    if draw(st.booleans()):
        a, b = b, a
    return {"a": a, "b": b}


@st.composite
def _long_short(draw: st.DrawFn) -> dict:
    alphabet = LETTERS[:draw(st.integers(2, 5))]
    long, short = draw(_text(alphabet, 60)), draw(_text(alphabet, 3))
    return {"a": long, "b": short} if draw(st.booleans()) else {"a": short, "b": long}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _with_empty(),
        st.just({"a": "", "b": ""}),
        _identical(),
        _disjoint(),
        _planted(),
        _long_short(),
        _random_pair(),
        _random_pair(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Two random strings of n letters over the whole alphabet: few matches, which is the
    worst case for a recursion, while the common subsequence is still long (about n/4).

    The exponential recursion cannot finish even the smallest size. A memoized recursion
    is a fine solution, but in CPython 3.11 its cost per cell jumps erratically with its
    depth (hundreds of frames); the ladder spans 8x so that such jumps do not look like
    worse growth.
    """
    return {"a": "".join(rnd.choices(LETTERS, k=n)), "b": "".join(rnd.choices(LETTERS, k=n))}
