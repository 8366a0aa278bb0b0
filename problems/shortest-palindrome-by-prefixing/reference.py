import random

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def shortest_palindrome(s: str) -> str:
    combined = s + "#" + s[::-1]
    pi = [0] * len(combined)  # KMP prefix function
    k = 0
    for i in range(1, len(combined)):
        while k and combined[i] != combined[k]:
            k = pi[k - 1]
        if combined[i] == combined[k]:
            k += 1
        pi[i] = k
    longest = pi[-1]  # the longest prefix of s that is a palindrome
    return s[longest:][::-1] + s


def _text(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


@st.composite
def _palindrome_then(draw: st.DrawFn) -> dict:
    """A palindrome, then (or not) a tail: the answer mirrors just the tail."""
    half = draw(_text("abc", 0, 30))
    middle = draw(st.sampled_from(["", "a", "b", "c"]))
    tail = draw(st.one_of(st.just(""), _text("abc", 1, 10)))
    return {"s": half + middle + half[::-1] + tail}


@st.composite
def _runs(draw: st.DrawFn) -> dict:
    """'a' * k + 'b' + 'a' * m, and the like: long palindromic prefixes that fail late."""
    k, m = draw(st.integers(0, 200)), draw(st.integers(0, 200))
    middle = draw(st.sampled_from(["b", "bb", "bc", "ba"]))
    return {"s": "a" * k + middle + "a" * m}


@st.composite
def _periodic(draw: st.DrawFn) -> dict:
    unit = draw(_text("ab", 1, 4))
    s = unit * draw(st.integers(1, 60))
    return {"s": s[draw(st.integers(0, len(unit) - 1)):]}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(100, 2000))
    if draw(st.booleans()):
        return sized(n, rnd)
    alphabet = draw(st.sampled_from(["ab", "abc", LETTERS]))
    half = "".join(rnd.choices(alphabet, k=n // 2))
    tail = "".join(rnd.choices(alphabet, k=rnd.randint(0, 20)))
    return {"s": half + half[::-1][rnd.randint(0, 1):] + tail}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"s": ""}),
        st.builds(lambda c: {"s": c}, st.sampled_from(LETTERS)),
        st.builds(lambda s: {"s": s}, _text("ab", 1, 8)),
        st.builds(lambda s: {"s": s}, _text("abc", 1, 20)),
        st.builds(lambda s: {"s": s}, _text(LETTERS, 1, 30)),
        _palindrome_then(),
        _palindrome_then(),
        _runs(),
        _periodic(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """'a' * (3n/4) + 'b' + 'a' * (n/4): the longest palindromic prefix is the n/2 letters
    around the 'b', so every longer prefix is tried and fails only near its middle."""
    m = n // 4
    return {"s": "a" * (n - m - 1) + "b" + "a" * m}
