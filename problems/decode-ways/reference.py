import random

from hypothesis import strategies as st

MAX_LEN = 2000
DIGITS = "0123456789"
# Digits drawn with a bias toward the ones that make two-digit pieces or break them.
BIASED = "111111222222000000345678999"
# A plain recursion (the slow/ solution) makes about as many calls as there are cuttings
# tried, so every generated string keeps that count under CALLS; the complexity ladder
# checks the long strings of ones and twos.
CALLS = 20_000


def num_decodings(s: str) -> int:
    """before, last = the decodings of s[:i - 1] and of s[:i]. The piece ending at digit
    i is one digit (unless it is '0') or two digits reading 10 to 26."""
    before, last = 0, 1  # s[:-1] does not exist; the empty prefix decodes one way
    for i, digit in enumerate(s):
        current = last if digit != "0" else 0
        if i > 0 and (s[i - 1] == "1" or (s[i - 1] == "2" and digit <= "6")):
            current += before
        before, last = last, current
    return last


# -- generators ----------------------------------------------------------------------


def _calls(s: str) -> int:
    """The calls a plain recursion on s makes: calls(i) = 1 + calls(i + 1)
    + calls(i + 2) when s[i:i + 2] is a piece, and 1 at the end or at a '0'."""
    n = len(s)
    after, after2 = 1, 1  # calls(n) = 1; calls(n + 1) never happens
    for i in range(n - 1, -1, -1):
        if s[i] == "0":
            here = 1
        else:
            here = 1 + after
            if i + 1 < n and 10 <= int(s[i:i + 2]) <= 26:
                here += after2
        after, after2 = min(here, CALLS + 1), after
    return after


def _within_reach(s: str) -> str:
    """The longest prefix of s that the plain recursion finishes within CALLS calls (a
    longer prefix never takes fewer calls)."""
    if _calls(s) <= CALLS:
        return s
    low, high = 1, len(s)  # prefix low is within reach, prefix high is not
    while high - low > 1:
        middle = (low + high) // 2
        if _calls(s[:middle]) <= CALLS:
            low = middle
        else:
            high = middle
    return s[:low]


_TINY = st.text(st.sampled_from(BIASED), min_size=1, max_size=14)

_SPECIAL = st.sampled_from([
    "0", "10", "100", "27", "2101", "01", "06", "226", "110", "1010", "301", "20", "30",
    "1", "9", "26", "11106", "230", "1201234", "00", "101", "2611055971756562",
])


@st.composite
def _random(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, MAX_LEN))
    alphabet = draw(st.sampled_from([BIASED, DIGITS, "12", "120", "3456789", "1234567"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return "".join(rnd.choices(alphabet, k=n))


@st.composite
def _pieces(draw: st.DrawFn) -> str:
    """A valid encoding: random pieces 1..26 joined, many of them 10 and 20 (the zero
    belongs to the piece before it), with ones and twos between 3s to bound the calls;
    sometimes one digit is changed or a zero is put in."""
    n = draw(st.integers(1, 400))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    pieces = [str(rnd.choice([rnd.randint(1, 26), 10, 20, 1, 2, 3])) for _ in range(n)]
    s = "".join(pieces)
    if draw(st.booleans()):
        at = rnd.randrange(len(s))
        s = s[:at] + rnd.choice("00123") + s[at + 1:]
    return s


@st.composite
def _leading_zero(draw: st.DrawFn) -> str:
    """A '0' first, or a '0' after a digit that cannot take it (30, 00, 90): answer 0."""
    rest = draw(st.text(st.sampled_from(BIASED), max_size=30))
    if draw(st.booleans()):
        return "0" + rest
    return rest + draw(st.sampled_from(["30", "00", "90", "40"])) + rest


@st.composite
def _ones(draw: st.DrawFn) -> str:
    """A long run of ones (or twos), maybe ended by 0 or by a digit above 6."""
    run = draw(st.sampled_from("12")) * draw(st.integers(1, 40))
    return run + draw(st.sampled_from(["", "0", "7", "6", "06"]))


@st.composite
def _big(draw: st.DrawFn) -> str:
    """Up to 2000 digits with few cuttings each: 3..9, 10 and 20 blocks and short runs
    of ones; the answer stays exact."""
    n = draw(st.integers(1, MAX_LEN))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    parts = []
    while sum(map(len, parts)) < n:
        parts.append(rnd.choice(["10", "20", "3", "7", "9", "45", "1" * rnd.randint(1, 6),
                                 "2" * rnd.randint(1, 4), "27", "101"]))
    return "".join(parts)[:n]


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_TINY, _TINY, _SPECIAL, _random(), _pieces(), _leading_zero(),
                     _ones(), _big()).map(lambda s: {"s": _within_reach(s)})


def sized(n: int, rnd: random.Random) -> dict:
    """n digits of ones and twos, with a 10 or 20 now and then: every position offers one
    and two-digit pieces, so the answer grows like phi^n and a plain recursion is hopeless."""
    n = min(n, MAX_LEN)
    digits = []
    while len(digits) < n:
        digits.extend(rnd.choice(["1", "2", "1", "2", "1", "10", "20"]))
    return {"s": "".join(digits[:n])}
