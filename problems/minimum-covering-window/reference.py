import random
import string
from collections import Counter

from hypothesis import strategies as st

LETTERS = string.ascii_letters


def min_window(s: str, t: str) -> str:
    need = Counter(t)  # how many more of each character the window needs (may go negative)
    missing = len(t)  # characters of t not yet covered by the window
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[left]] < 0:  # drop characters the window has to spare
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:  # strictly shorter: ties keep the leftmost
                best_start, best_len = left, right - left + 1
            need[s[left]] += 1  # give up the first character and look for it again
            missing += 1
            left += 1
    return s[best_start:best_start + best_len] if best_len <= len(s) else ""


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Short strings over a few letters of both cases, drawn one by one: small failures."""
    alphabet = draw(st.sampled_from(["ab", "abc", "aAb", "aAbB"]))
    s = draw(st.text(alphabet, max_size=14))
    t = draw(st.text(alphabet, min_size=1, max_size=5))
    return {"s": s, "t": t}


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """t taken from a piece of s, shuffled, with some of its characters repeated; s holds
    several copies of such pieces, so equally short windows compete."""
    n = draw(st.integers(1, 400))
    size = draw(st.sampled_from([2, 3, 5, 10, 52]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = rnd.sample(LETTERS, size)
    s = "".join(rnd.choices(alphabet, k=n))
    start = rnd.randrange(n)
    piece = list(s[start:start + rnd.randint(1, 8)])
    rnd.shuffle(piece)
    t = "".join(piece)
    kind = rnd.random()
    if kind < 0.3:  # the same window planted again elsewhere: the leftmost one counts
        at = rnd.randrange(n + 1)
        s = s[:at] + t + s[at:]
    elif kind < 0.45:  # a character s lacks, or the other case of one it has
        t += rnd.choice([c.swapcase() for c in t] + [c for c in LETTERS if c not in s][:1])
    return {"s": s, "t": t}


@st.composite
def _edges(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    word = "".join(rnd.choices("abcAB", k=rnd.randint(1, 8)))
    kind = draw(st.sampled_from(["equal", "t-longer", "one-letter", "empty-s", "repeats"]))
    if kind == "equal":
        return {"s": word, "t": word}
    if kind == "t-longer":
        return {"s": word, "t": word + rnd.choice("abcAB")}
    if kind == "one-letter":
        return {"s": word, "t": rnd.choice(word)}
    if kind == "empty-s":
        return {"s": "", "t": word}
    # t needs a letter several times; s has it that often only in a long window
    letter = rnd.choice("ab")
    times = rnd.randint(2, 4)
    s = "".join(rnd.choice([letter, "c", "c", "d"]) for _ in range(rnd.randint(1, 40)))
    return {"s": s, "t": letter * times}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(200, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"s": "", "t": "a"}),
        st.just({"s": "a", "t": "a"}),
        st.just({"s": "a", "t": "aa"}),
        _small(),
        _small(),
        _planted(),
        _planted(),
        _edges(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n letters of filler with one 'a' a third of the way in and one 'b' at two thirds,
    t = 'ab': the only window is long, and no window starting after the 'a' ever covers t."""
    filler = "cdefghijklmnopqrstuvwxyzCDEFGHIJ"
    s = [rnd.choice(filler) for _ in range(n)]
    s[n // 3] = "a"
    s[2 * n // 3] = "b"
    return {"s": "".join(s), "t": "ab"}
