import math
import random

from hypothesis import strategies as st

TOP = 2_147_483_647  # 2^31 - 1, the largest |n|
CAP = 10_000  # generated exponents stay small enough for an O(|n|) loop to finish quickly
LIMIT_LOG10 = 299  # keeps the exact result within 1e-300 .. 1e300, with a margin


def power(x: float, n: int) -> float:
    if n < 0:
        x, n = 1.0 / x, -n
    result = 1.0
    base = x
    while n:
        if n & 1:
            result *= base
        base *= base
        n >>= 1
    return result


def _max_exponent(x: float, cap: int) -> int:
    """The largest |n| for which |x|^n stays within 1e-300 .. 1e300."""
    if x == 0 or abs(x) == 1:
        return cap
    return min(cap, int(LIMIT_LOG10 / abs(math.log10(abs(x)))))


@st.composite
def _general(draw: st.DrawFn, values: st.SearchStrategy[float]) -> dict:
    x = draw(values)
    top = _max_exponent(x, CAP)
    low = 0 if x == 0 else -top
    n = draw(st.one_of(st.integers(low, top), st.integers(max(low, -40), min(top, 40))))
    return {"x": x, "n": n}


@st.composite
def _near_one(draw: st.DrawFn) -> dict:
    """|x| within 1e-7 of 1 and the largest exponents generated."""
    delta = draw(st.floats(-1e-7, 1e-7))
    sign = draw(st.sampled_from([1.0, -1.0]))
    n = draw(st.integers(CAP // 2, CAP)) * draw(st.sampled_from([1, -1]))
    return {"x": sign * (1.0 + delta), "n": n}


_any_x = st.floats(-100, 100, allow_nan=False, allow_infinity=False)
_whole_x = st.integers(-10, 10).map(float)
_negative_x = st.one_of(st.floats(-100, -0.01), st.integers(-9, -1).map(float))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _general(_any_x),
        _general(_whole_x),
        _general(_negative_x),
        st.builds(lambda x: {"x": x, "n": 0}, _any_x),  # n = 0, x = 0 included
        st.just({"x": 0.0, "n": 0}),
        st.builds(lambda n: {"x": 0.0, "n": n}, st.integers(1, CAP)),
        st.builds(lambda x, n: {"x": x, "n": n}, st.sampled_from([1.0, -1.0]),
                  st.one_of(st.integers(-CAP, CAP), st.sampled_from([-CAP, -CAP + 1, CAP - 1]))),
        _near_one(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """|exponent| = n, with x close to +-1 so the result stays in range; at the top size,
    x = +-1 with the most negative exponent allowed."""
    if n >= TOP:
        return {"x": rnd.choice([1.0, -1.0]), "n": -TOP}
    x = rnd.choice([1.0, -1.0]) * math.exp(rnd.uniform(-1, 1) * 650 / n)  # |x^n| <= e^650
    return {"x": x, "n": n * rnd.choice([1, -1])}
