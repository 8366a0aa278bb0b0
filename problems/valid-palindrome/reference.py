import random
import string

from hypothesis import strategies as st

ALNUM = frozenset(string.ascii_letters + string.digits)
PRINTABLE = "".join(chr(code) for code in range(32, 127))
NOISE = "".join(c for c in PRINTABLE if c not in ALNUM)  # space, punctuation, symbols


def is_palindrome(s: str) -> bool:
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] not in ALNUM:
            lo += 1
        elif s[hi] not in ALNUM:
            hi -= 1
        elif s[lo].lower() != s[hi].lower():
            return False
        else:
            lo += 1
            hi -= 1
    return True


def _dress(rnd: random.Random, core: list[str], noise: float) -> str:
    """Random case changes, and noise characters inserted between the kept ones."""
    out = []
    for c in core:
        while rnd.random() < noise:
            out.append(rnd.choice(NOISE))
        out.append(c.upper() if rnd.random() < 0.5 else c.lower())
    while rnd.random() < noise:
        out.append(rnd.choice(NOISE))
    return "".join(out)


def _mirror(rnd: random.Random, half_size: int, alphabet: str) -> list[str]:
    half = rnd.choices(alphabet, k=half_size)
    middle = [rnd.choice(alphabet)] if rnd.random() < 0.5 else []
    return half + middle + half[::-1]


@st.composite
def _palindrome(draw: st.DrawFn) -> str:
    """A palindrome of letters and digits, dressed up; sometimes one kept character
    changed (a near miss)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = draw(st.sampled_from([string.ascii_lowercase + string.digits, "ab", "a0",
                                     "0o", "1lI", string.digits]))
    core = _mirror(rnd, draw(st.integers(0, 40)), alphabet)
    if core and draw(st.booleans()):
        k = rnd.randrange(len(core))
        core[k] = rnd.choice([c for c in string.ascii_lowercase + string.digits
                              if c != core[k].lower()])
    return _dress(rnd, core, draw(st.sampled_from([0.0, 0.2, 0.5])))


@st.composite
def _large(draw: st.DrawFn) -> str:
    n = draw(st.integers(200, 5000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))["s"]


def inputs() -> st.SearchStrategy[dict]:
    built = st.one_of(_palindrome(), _large())  # about half: palindromes and near misses
    other = st.one_of(
        st.just(""),
        st.text(alphabet=PRINTABLE, min_size=1, max_size=1),
        st.text(alphabet=NOISE, max_size=10),  # nothing kept
        st.text(alphabet="0Pp oO1lI.", max_size=6),  # digit/letter confusions
        st.text(alphabet="aAbB, ", max_size=12),  # case only
        st.text(alphabet=PRINTABLE, max_size=60),
    )
    return st.one_of(built, other).map(lambda s: {"s": s})


def sized(n: int, rnd: random.Random) -> dict:
    """A palindrome with noise: every kept character must be compared."""
    core = _mirror(rnd, n // 3, string.ascii_lowercase + string.digits)
    s = _dress(rnd, core, 0.25)
    if len(s) > n:
        s = _dress(rnd, core, 0.0)
    return {"s": s.ljust(n, ".")}
