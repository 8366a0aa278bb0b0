import random

from hypothesis import strategies as st

TOP = 2**32 - 1


def hamming_weight(n: int) -> int:
    count = 0
    while n:
        n &= n - 1  # clears the lowest 1 bit
        count += 1
    return count


def _alternating() -> st.SearchStrategy[int]:
    """0101...01 and 1010...10 patterns of every width up to 32 bits."""
    patterns = []
    for width in range(1, 33):
        ones = int("01" * 16, 2) & ((1 << width) - 1)
        patterns += [ones, ones << 1 & TOP]
    return st.sampled_from(patterns)


@st.composite
def _sparse_or_dense(draw: st.DrawFn) -> int:
    bits = draw(st.lists(st.integers(0, 31), max_size=4, unique=True))
    value = sum(1 << bit for bit in bits)
    return TOP ^ value if draw(st.booleans()) else value


def inputs() -> st.SearchStrategy[dict]:
    value = st.one_of(
        st.sampled_from([0, 1, TOP, 2**31, 2**31 - 1, 2**16 - 1, 2**16]),
        st.integers(0, 31).map(lambda bit: 1 << bit),  # powers of two
        st.integers(1, 32).map(lambda width: (1 << width) - 1),  # all ones
        _alternating(),
        _sparse_or_dense(),
        st.integers(0, TOP),
        st.integers(2**31, TOP),  # the highest bit set
    )
    return value.map(lambda n: {"n": n})


def sized(n: int, rnd: random.Random) -> dict:
    """n one bits (n <= 32): one step per bit for every method."""
    return {"n": (1 << n) - 1}
