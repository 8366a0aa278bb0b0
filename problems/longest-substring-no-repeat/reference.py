import random
import string

from hypothesis import strategies as st


def length_of_longest_substring(s: str) -> int:
    last: dict[str, int] = {}
    start = best = 0
    for end, c in enumerate(s):
        if last.get(c, -1) >= start:
            start = last[c] + 1
        last[c] = end
        best = max(best, end - start + 1)
    return best


PRINTABLE = "".join(chr(code) for code in range(32, 127))
UNICODE = st.characters(exclude_categories=("Cs",))  # any code point but surrogates


@st.composite
def _mirrored(draw: st.DrawFn) -> str:
    """Repeats just outside the window: "abba", "xyzzyx", "abcxcba"."""
    half = draw(st.text(alphabet="abcdef", max_size=8))
    middle = draw(st.text(alphabet="xyz", max_size=2))
    return half + middle + half[::-1]


@st.composite
def _distinct_then_repeat(draw: st.DrawFn) -> str:
    """All-distinct runs, glued so that a repeat falls at chosen places."""
    chars = draw(st.lists(UNICODE, min_size=1, max_size=40, unique=True))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    out = []
    for _ in range(draw(st.integers(1, 4))):
        out += rnd.sample(chars, rnd.randint(1, len(chars)))
    return "".join(out)


@st.composite
def _large(draw: st.DrawFn) -> str:
    n = draw(st.integers(200, 1000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        return sized(n, rnd)["s"]
    alphabet = draw(st.sampled_from([string.ascii_lowercase, PRINTABLE, "ab"]))
    return "".join(rnd.choices(alphabet, k=n))


def inputs() -> st.SearchStrategy[dict]:
    text = st.one_of(
        st.just(""),
        st.text(alphabet=UNICODE, min_size=1, max_size=1),
        st.sampled_from("aZ 7").flatmap(lambda c: st.just(c * 5) | st.text(c, min_size=1)),
        st.text(alphabet="ab", max_size=12),  # alphabet of 2
        st.text(alphabet=string.ascii_lowercase, max_size=80),  # alphabet of 26
        st.text(alphabet=PRINTABLE, max_size=150),
        st.text(alphabet=UNICODE, max_size=60),
        st.lists(UNICODE, max_size=60, unique=True).map("".join),  # all distinct
        st.sampled_from(["abba", "dvdf", "tmmzuxt", "abcabcbb", "au", "aab", "cdd"]),
        _mirrored(),
        _distinct_then_repeat(),
        _large(),
    )
    return text.map(lambda s: {"s": s})


def sized(n: int, rnd: random.Random) -> dict:
    """The same n/2 distinct characters twice, in two different orders: every window is
    long (about n/2), the worst case for restarting the scan at each position."""
    m = max(1, n // 2)
    pool = [chr(code) for code in range(0x21, 0x21 + m)]  # stays below the surrogates
    first, second = pool[:], pool[:]
    rnd.shuffle(first)
    rnd.shuffle(second)
    return {"s": "".join(first + second)[:n]}
