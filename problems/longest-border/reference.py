import random

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def longest_border(s: str) -> str:
    pi = [0] * len(s)  # pi[i]: length of the longest border of s[:i + 1]
    k = 0
    for i in range(1, len(s)):
        while k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return s[:pi[-1]]


def _text(alphabet: str, max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=1, max_size=max_size)


@st.composite
def _periodic(draw: st.DrawFn) -> str:
    """A unit repeated, maybe cut short: long borders, and ones inside borders."""
    unit = draw(_text("ab", 6))
    times = draw(st.integers(1, 30))
    s = unit * times
    cut = draw(st.integers(0, len(unit) - 1))
    return s[:len(s) - cut] if len(s) - cut >= 1 else s


@st.composite
def _nested(draw: st.DrawFn) -> str:
    """x + y + x with x itself bordered: the fallback chain has several steps."""
    x = draw(_periodic())
    y = draw(st.text(st.sampled_from("abc"), max_size=8))
    return x + y + x


@st.composite
def _large(draw: st.DrawFn) -> str:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(200, 2000))
    shape = draw(st.sampled_from(["random", "periodic", "one letter", "no border"]))
    if shape == "random":
        return "".join(rnd.choices("ab", k=n))
    if shape == "periodic":
        unit = "".join(rnd.choices("abc", k=rnd.randint(1, 20)))
        return (unit * (n // len(unit) + 1))[:n]
    if shape == "one letter":
        return rnd.choice(LETTERS) * n
    return "a" * (n - 1) + "b"


def inputs() -> st.SearchStrategy[dict]:
    s = st.one_of(
        st.sampled_from(LETTERS),  # one character
        st.builds(lambda c, n: c * n, st.sampled_from("ab"), st.integers(2, 100)),
        _text("ab", 40),
        _text("abc", 20),
        _text(LETTERS, 30),  # mostly no border
        _periodic(),
        _nested(),
        st.builds(lambda n: "a" * n + "b", st.integers(1, 60)),  # no border at all
        st.builds(lambda n: "ab" * n, st.integers(1, 60)),
        _large(),
    )
    return s.map(lambda text: {"s": text})


def sized(n: int, rnd: random.Random) -> dict:
    """'aaa...ab': no border, but every prefix agrees with the suffix until its last letter."""
    return {"s": "a" * (n - 1) + "b"}
