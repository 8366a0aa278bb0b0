import random
from itertools import product

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_LENGTH = 3 * 10**4
MOD = (1 << 61) - 1
BASE = 131


def longest_duplicate_substring(s: str) -> str:
    """Binary search on the length; each length is tested with a rolling hash, and a
    hash match is confirmed by comparing the substrings, so the answer is exact."""
    n = len(s)
    prefix = [0] * (n + 1)  # prefix[i]: hash of s[:i]
    power = [1] * (n + 1)
    for i, char in enumerate(s):
        prefix[i + 1] = (prefix[i] * BASE + ord(char)) % MOD
        power[i + 1] = power[i] * BASE % MOD

    def repeated_start(length: int) -> int:
        """A start of a substring of this length that occurs twice, or -1."""
        first: dict[int, int] = {}  # hash -> the first start with that hash
        collided: dict[int, list[int]] = {}  # hash -> later starts of other substrings
        shift = power[length]
        for i in range(n - length + 1):
            key = (prefix[i + length] - prefix[i] * shift) % MOD
            j = first.setdefault(key, i)
            if j == i:
                continue
            window = s[i:i + length]
            if s[j:j + length] == window or any(
                    s[k:k + length] == window for k in collided.get(key, ())):
                return i
            collided.setdefault(key, []).append(i)  # a hash collision: keep it apart
        return -1

    low, high, start = 0, n - 1, 0  # a repeat of length `low` exists; none longer than high
    while low < high:
        middle = (low + high + 1) // 2
        found = repeated_start(middle)
        if found >= 0:
            low, start = middle, found
        else:
            high = middle - 1
    return s[start:start + low]


def check(args: dict, output: str) -> str | None:
    s = args["s"]
    if not isinstance(output, str):
        return f"expected a str, got {type(output).__name__}"
    best = len(longest_duplicate_substring(s))
    if len(output) != best:
        longest = "the empty string" if best == 0 else f"length {best}"
        return f"the longest repeated substring has {longest}, got length {len(output)}"
    if best > 0:
        first = s.find(output)
        if first < 0:
            return f"{output!r} does not occur in s"
        if s.find(output, first + 1) < 0:
            return f"{output!r} occurs only once in s, at position {first}"
    return None


def _de_bruijn(k: int, m: int) -> str:
    """A de Bruijn sequence over the first k letters: each of the k^m words of length m
    occurs exactly once in it, read cyclically."""
    a = [0] * k * m
    sequence: list[int] = []

    def db(t: int, p: int) -> None:
        if t > m:
            if m % p == 0:
                sequence.extend(a[1:p + 1])
        else:
            a[t] = a[t - p]
            db(t + 1, p)
            for j in range(a[t - p] + 1, k):
                a[t] = j
                db(t + 1, t)

    db(1, 1)
    return "".join(LETTERS[i] for i in sequence)


_DE_BRUIJN = [_de_bruijn(k, m) for k, m in ((2, 3), (2, 5), (3, 3), (2, 8), (4, 4), (5, 3))]


def _text(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


@st.composite
def _de_bruijn_cut(draw: st.DrawFn) -> dict:
    """A de Bruijn sequence, rotated and cut: repeats are at most m - 1 long."""
    word = draw(st.sampled_from(_DE_BRUIJN))
    shift = draw(st.integers(0, len(word) - 1))
    word = word[shift:] + word[:shift]
    return {"s": word[:draw(st.integers(1, len(word)))]}


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """Random text with one long block planted twice, apart or touching, or a periodic
    run (two overlapping copies of one block)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = draw(st.sampled_from(["ab", "abc", "abcdef", LETTERS]))
    s = rnd.choices(alphabet, k=draw(st.integers(0, 600)))
    block = rnd.choices(alphabet, k=draw(st.integers(1, 120)))
    at = rnd.randrange(len(s) + 1)
    if draw(st.booleans()):
        period = rnd.randint(1, len(block))
        s[at:at] = (block[:period] * (len(block) // period + 2))[:len(block) + period]
    else:
        s[at:at] = block
        second = rnd.randint(at + len(block), len(s))
        s[second:second] = block
    return {"s": "".join(s)}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = draw(st.sampled_from(["a", "ab", "abcd", LETTERS]))
    return {"s": "".join(rnd.choices(alphabet, k=draw(st.integers(200, 1000))))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda c: {"s": c}, st.sampled_from(LETTERS)),  # one letter: ""
        st.builds(lambda n: {"s": "a" * n}, st.integers(1, 300)),  # answer n - 1
        st.builds(lambda p, k: {"s": "".join(p[:k])}, st.permutations(LETTERS),
                  st.integers(1, 26)),  # all letters distinct: ""
        st.builds(lambda w: {"s": w}, _text("ab", 1, 12)),
        st.builds(lambda w: {"s": w}, _text("abc", 1, 40)),
        st.builds(lambda w: {"s": w}, _text(LETTERS, 1, 60)),
        st.builds(lambda u, r: {"s": (u * r)[:MAX_LENGTH]}, _text("abc", 1, 6),
                  st.integers(1, 50)),  # periodic: a repeat of length n - period
        _de_bruijn_cut(),
        _planted(),
        _planted(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Random text with a block of n / 4 letters planted twice: the answer is long, so
    a set of all windows of one length holds about n^2 / 4 letters."""
    text = rnd.choices(LETTERS, k=n)
    block = rnd.choices(LETTERS, k=n // 4)
    text[n // 8:n // 8 + len(block)] = block
    text[n - len(block):] = block
    return {"s": "".join(text[:n])}
