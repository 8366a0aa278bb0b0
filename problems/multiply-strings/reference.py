import random

from hypothesis import strategies as st

MAX_LEN = 1000
ZERO = ord("0")


def multiply_strings(a: str, b: str) -> str:
    """Grade-school multiplication into m + n digit slots: the digits a[i] and b[j] add
    their product to slot i + j + 1, whose overflow carries into slot i + j. Leading
    zeros are dropped last, keeping one digit for a zero product. O(m * n)."""
    slots = [0] * (len(a) + len(b))
    for i in range(len(a) - 1, -1, -1):
        x = ord(a[i]) - ZERO
        for j in range(len(b) - 1, -1, -1):
            total = slots[i + j + 1] + x * (ord(b[j]) - ZERO)
            slots[i + j + 1] = total % 10
            slots[i + j] += total // 10
    start = 0
    while start < len(slots) - 1 and slots[start] == 0:
        start += 1
    return "".join(chr(ZERO + digit) for digit in slots[start:])


# -- inputs ----------------------------------------------------------------------------
def number(length, rnd: random.Random) -> str:
    """A random decimal of `length` digits without a leading zero."""
    if length == 1:
        return rnd.choice("0123456789")
    return rnd.choice("123456789") + "".join(rnd.choices("0123456789", k=length - 1))


@st.composite
def _random(draw: st.DrawFn, most) -> str:
    length = draw(st.integers(1, most))
    return number(length, random.Random(draw(st.integers(0, 1 << 32))))


nines = st.integers(1, 60).map(lambda k: "9" * k)
powers = st.integers(0, 60).map(lambda k: "1" + "0" * k)
digits = st.sampled_from("0123456789")
operand = st.one_of(st.just("0"), digits, nines, powers, _random(6), _random(40), _random(200))


@st.composite
def _long_pair(draw: st.DrawFn) -> tuple[str, str]:
    """One operand up to 1000 digits, against "0", a single digit, or a short one."""
    long = draw(st.one_of(_random(MAX_LEN), st.integers(500, MAX_LEN).map(lambda k: "9" * k)))
    other = draw(st.one_of(st.just("0"), digits, _random(30)))
    return (long, other) if draw(st.booleans()) else (other, long)


def inputs() -> st.SearchStrategy[dict]:
    pairs = st.one_of(
        st.sampled_from([("0", "0"), ("0", "123"), ("456", "0"), ("1", "1"), ("9", "9"),
                         ("99", "99"), ("10", "10"), ("1", "999"), ("12", "1000")]),
        st.tuples(operand, operand), st.tuples(operand, operand),
        st.tuples(digits, digits), st.tuples(nines, nines), _long_pair(),
    )
    return pairs.map(lambda pair: {"a": pair[0], "b": pair[1]})


def sized(n, rnd: random.Random) -> dict:
    """Two random n-digit numbers: every pair of digits is multiplied."""
    return {"a": number(n, rnd), "b": number(n, rnd)}
