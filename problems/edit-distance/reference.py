import random
import string

from hypothesis import strategies as st

LETTERS = string.ascii_lowercase
MAX_LEN = 1000
# Strings that differ stay short (at most SHORT letters each) so that the exponential
# slow/ solution finishes them; the complexity ladder checks long random strings.
SHORT = 8
# A string against the empty one is quick for a recursion too, as long as it is no
# deeper than DEEP; identical strings as well, but their table is quadratic: up to SAME.
DEEP = 400
SAME = 120


def edit_distance(a: str, b: str) -> int:
    """previous[j] = the distance from a[:i - 1] to b[:j], one row of the table at a time:
    a[i - 1] is deleted (above + 1), b[j - 1] is inserted (left + 1), or the two are
    matched, for free when equal and for one replacement when not (diagonal)."""
    previous = list(range(len(b) + 1))  # from the empty prefix: j insertions
    for i, x in enumerate(a, 1):
        current = [i]  # to the empty prefix: i deletions
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


# -- generators ----------------------------------------------------------------------


def _edit(text: str, alphabet: str, rnd: random.Random, edits: int) -> str:
    """`edits` random insertions, deletions and replacements."""
    letters = list(text)
    for _ in range(edits):
        kind = rnd.choice(["insert", "delete", "replace"]) if letters else "insert"
        if kind == "insert":
            letters.insert(rnd.randint(0, len(letters)), rnd.choice(alphabet))
        elif kind == "delete":
            del letters[rnd.randrange(len(letters))]
        else:
            letters[rnd.randrange(len(letters))] = rnd.choice(alphabet)
    return "".join(letters)


def _text(alphabet: str, max_size: int, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


@st.composite
def _random_pair(draw: st.DrawFn) -> dict:
    """Both strings over one alphabet of 2 to 26 letters, letter by letter."""
    alphabet = LETTERS[:draw(st.one_of(st.integers(2, 4), st.integers(2, 26)))]
    return {"a": draw(_text(alphabet, SHORT)), "b": draw(_text(alphabet, SHORT))}


@st.composite
def _small_edit(draw: st.DrawFn) -> dict:
    """b is a few random edits of a: shifted letters, so comparing position by position
    is far off."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = LETTERS[:draw(st.integers(2, 26))]
    a = "".join(rnd.choices(alphabet, k=draw(st.integers(0, SHORT))))
    b = _edit(a, alphabet, rnd, draw(st.integers(1, 3)))[:SHORT]
    return {"a": a, "b": b} if draw(st.booleans()) else {"a": b, "b": a}


@st.composite
def _shifted(draw: st.DrawFn) -> dict:
    """The same letters with one added at the front or the end: distance 1."""
    a = draw(_text(LETTERS[:draw(st.integers(2, 5))], SHORT - 1, 1))
    extra = draw(st.sampled_from(LETTERS))
    b = extra + a if draw(st.booleans()) else a + extra
    return {"a": a, "b": b} if draw(st.booleans()) else {"a": b, "b": a}


@st.composite
def _with_empty(draw: st.DrawFn) -> dict:
    """One string empty: the distance is the other's length (up to DEEP letters)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    other = "".join(rnd.choices(LETTERS, k=draw(st.integers(0, DEEP))))
    return {"a": "", "b": other} if draw(st.booleans()) else {"a": other, "b": ""}


@st.composite
def _identical(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    text = "".join(rnd.choices(LETTERS[:draw(st.integers(2, 26))],
                               k=draw(st.integers(0, SAME))))
    return {"a": text, "b": text}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small_edit(), _shifted(), _with_empty(), _random_pair(), _small_edit(),
                     _identical(), _random_pair(), st.just({"a": "", "b": ""}))


def sized(n: int, rnd: random.Random) -> dict:
    """Two random strings of n letters over the whole alphabet: the table has n^2 cells,
    and with few letters matching a plain recursion branches three ways almost
    everywhere."""
    n = min(n, MAX_LEN)
    return {"a": "".join(rnd.choices(LETTERS, k=n)), "b": "".join(rnd.choices(LETTERS, k=n))}
