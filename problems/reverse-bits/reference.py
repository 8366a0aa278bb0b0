import random

from hypothesis import strategies as st

TOP = 2**32 - 1


def reverse_bits(n: int) -> int:
    result = 0
    for _ in range(32):  # every one of the 32 bits, leading zeros included
        result = (result << 1) | (n & 1)
        n >>= 1
    return result


def _palindromes() -> st.SearchStrategy[int]:
    """32-bit patterns that read the same both ways: their reverse is themselves."""
    return st.integers(0, 2**16 - 1).map(
        lambda half: (half << 16) | int(f"{half:016b}"[::-1], 2))


@st.composite
def _few_bits(draw: st.DrawFn) -> int:
    bits = draw(st.lists(st.integers(0, 31), max_size=4, unique=True))
    value = sum(1 << bit for bit in bits)
    return TOP ^ value if draw(st.booleans()) else value


def inputs() -> st.SearchStrategy[dict]:
    value = st.one_of(
        st.sampled_from([0, 1, 2**31, TOP, 2**31 - 1, 2**16, 2**16 - 1, 0xAAAAAAAA,
                         0x55555555]),
        st.integers(0, 31).map(lambda bit: 1 << bit),  # one bit, anywhere
        st.integers(1, 32).map(lambda width: (1 << width) - 1),  # low ones
        _palindromes(),
        _few_bits(),
        st.integers(0, 2**8),  # small numbers: the leading zeros matter most
        st.integers(0, TOP),
        st.integers(0, TOP),
    )
    return value.map(lambda n: {"n": n})


def sized(n: int, rnd: random.Random) -> dict:
    """A number n bits wide (n <= 32), its top bit set: a loop that stops at the highest
    1 bit does n steps."""
    return {"n": (1 << (n - 1)) | rnd.getrandbits(n - 1)}
