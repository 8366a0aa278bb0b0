import random
import string

from hypothesis import strategies as st

UPPER = string.ascii_uppercase


def character_replacement(s: str, k: int) -> int:
    counts: dict[str, int] = {}
    start = 0
    top = 0  # the highest count of one letter in any window so far
    best = 0
    for end, c in enumerate(s):
        counts[c] = counts.get(c, 0) + 1
        top = max(top, counts[c])
        # A window longer than top + k cannot beat the best one: slide it by one.
        if end - start + 1 - top > k:
            counts[s[start]] -= 1
            start += 1
        best = max(best, end - start + 1)
    return best


ALPHABETS = ["A", "AB", "ABC", UPPER]


@st.composite
def _random(draw: st.DrawFn) -> dict:
    """Any string over an alphabet of 1, 2, 3 or 26 letters; k = 0, len(s) or between."""
    alphabet = draw(st.sampled_from(ALPHABETS))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=draw(st.sampled_from([8, 60]))))
    k = draw(st.sampled_from([0, len(s), None]))
    if k is None:
        k = draw(st.integers(0, len(s)))
    return {"s": s, "k": k}


@st.composite
def _exactly_k(draw: st.DrawFn) -> dict:
    """A block of one letter with exactly k other letters inside, between other letters."""
    letter = draw(st.sampled_from("ABC"))
    others = [c for c in "ABCD" if c != letter]
    k = draw(st.integers(0, 6))
    block = [letter] * draw(st.integers(k, k + 10))
    for position in draw(st.lists(st.integers(0, len(block) - 1), min_size=k, max_size=k,
                                  unique=True)) if block else []:
        block[position] = draw(st.sampled_from(others))
    side = st.text(alphabet="".join(others), max_size=8)
    s = draw(side) + "".join(block) + draw(side)
    if not s:
        s = letter
    return {"s": s, "k": min(k, len(s))}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(200, 1000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        return sized(n, rnd)
    s = "".join(rnd.choices(draw(st.sampled_from(ALPHABETS)), k=n))
    return {"s": s, "k": draw(st.sampled_from([0, 1, n // 10, n]))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_random(), _random(), _exactly_k(), _large())


def sized(n: int, rnd: random.Random) -> dict:
    """Two letters at random and k = n/4: the best windows are about n/2 long, the worst
    case for extending a window from every start."""
    return {"s": "".join(rnd.choices("AB", k=n)), "k": n // 4}
