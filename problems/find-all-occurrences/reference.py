import random

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _prefix_function(pattern: str) -> list[int]:
    pi = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = pi[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        pi[i] = k
    return pi


def find_occurrences(text: str, pattern: str) -> list[int]:
    m = len(pattern)
    pi = _prefix_function(pattern)
    found = []
    k = 0  # length of the longest prefix of pattern ending at text[i]
    for i, char in enumerate(text):
        while k and char != pattern[k]:
            k = pi[k - 1]
        if char == pattern[k]:
            k += 1
        if k == m:
            found.append(i - m + 1)
            k = pi[k - 1]
    return found


def _text(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


@st.composite
def _planted(draw: st.DrawFn, alphabet: str) -> dict:
    """The pattern planted at the start, the end and a few places in between."""
    pattern = draw(_text(alphabet, 1, 6))
    pieces = draw(st.lists(_text(alphabet, 0, 12), min_size=1, max_size=6))
    text = pattern.join(pieces)
    if draw(st.booleans()):
        text = pattern + text
    if draw(st.booleans()):
        text = text + pattern
    return {"text": text, "pattern": pattern}


@st.composite
def _periodic(draw: st.DrawFn) -> dict:
    """A text and pattern built from one unit: many overlapping occurrences."""
    unit = draw(_text("ab", 1, 4))
    text = unit * draw(st.integers(0, 40))
    pattern = unit * draw(st.integers(1, 5))
    cut = draw(st.integers(0, len(pattern) - 1))
    return {"text": text, "pattern": pattern[cut:]}


@st.composite
def _almost(draw: st.DrawFn) -> dict:
    """'aaa...a' against 'aa...a' or 'aa...ab'."""
    text = "a" * draw(st.integers(0, 300))
    pattern = "a" * draw(st.integers(1, 30))
    if draw(st.booleans()):
        pattern += "b"
    return {"text": text, "pattern": pattern}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(200, 2000))
    alphabet = draw(st.sampled_from(["a", "ab", "abc", LETTERS]))
    text = "".join(rnd.choices(alphabet, k=n))
    start = rnd.randrange(n)
    pattern = text[start:start + rnd.randint(1, 40)]
    return {"text": text, "pattern": pattern}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda p: {"text": "", "pattern": p}, _text("ab", 1, 3)),
        st.builds(lambda t, p: {"text": t, "pattern": p}, _text("ab", 0, 5),
                  _text("ab", 6, 10)),  # pattern longer than the text
        st.builds(lambda t, p: {"text": t, "pattern": p}, _text("a", 0, 30), _text("a", 1, 8)),
        st.builds(lambda t, p: {"text": t, "pattern": p}, _text("ab", 0, 60), _text("ab", 1, 4)),
        st.builds(lambda t, p: {"text": t, "pattern": p}, _text(LETTERS, 0, 60),
                  _text(LETTERS, 1, 2)),
        _planted("ab"),
        _planted(LETTERS),
        _periodic(),
        _almost(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """'aaa...a' searched for a pattern of length n / 10 of a's with one 'b' in its
    middle: at every position a comparison from the left and one from the right (a
    Boyer-Moore without its skip tables) both match half the pattern before they fail."""
    m = n // 10
    return {"text": "a" * n, "pattern": "a" * (m // 2) + "b" + "a" * (m - m // 2 - 1)}
