import random

from hypothesis import strategies as st

TOP = 10**5


def count_bits(n: int) -> list[int]:
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] + (i & 1)  # i without its lowest bit, plus that bit
    return counts


def inputs() -> st.SearchStrategy[dict]:
    powers = [1 << k for k in range(17)]  # up to 65536
    value = st.one_of(
        st.sampled_from([0, 1, 2, 3]),
        st.sampled_from(powers),
        st.sampled_from(powers).map(lambda p: p - 1),  # all ones
        st.sampled_from(powers).map(lambda p: p + 1),
        st.integers(0, 300),
        st.integers(0, TOP),
        st.just(TOP),
    )
    return value.map(lambda n: {"n": n})


def sized(n: int, rnd: random.Random) -> dict:
    """Every number up to n: the list's length is the work."""
    return {"n": min(n, TOP)}
