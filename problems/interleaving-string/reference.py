import random

from hypothesis import strategies as st

MAX_LEN = 300
# Both strings stay short (at most SHORT letters each) where they share letters, so that
# the exponential slow/ solution finishes; longer ones use letters of their own.
SHORT = 9


def is_interleave(s1: str, s2: str, s3: str) -> bool:
    """can[j]: do s1[:i] and s2[:j] merge into s3[:i + j], for the current i. The last
    letter of s3[:i + j] came from s1 (can[j] from the row above) or from s2 (can[j - 1]
    from this row)."""
    n1, n2 = len(s1), len(s2)
    if n1 + n2 != len(s3):
        return False
    can = [True] + [False] * n2
    for j in range(1, n2 + 1):
        can[j] = can[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, n1 + 1):
        can[0] = can[0] and s1[i - 1] == s3[i - 1]
        for j in range(1, n2 + 1):
            letter = s3[i + j - 1]
            can[j] = (can[j] and s1[i - 1] == letter) or (can[j - 1] and s2[j - 1] == letter)
    return can[n2]


# -- generators ----------------------------------------------------------------------


def merge(s1: str, s2: str, rnd: random.Random) -> str:
    """A random interleaving: the letters of s1 at random places, in order."""
    places = set(rnd.sample(range(len(s1) + len(s2)), len(s1)))
    first, second = iter(s1), iter(s2)
    return "".join(next(first) if k in places else next(second)
                   for k in range(len(s1) + len(s2)))


def _mutate(s3: str, alphabet: str, rnd: random.Random, how: str) -> str:
    """Swap two letters, change one, or add or drop one (a wrong total length), or append
    a few at the end."""
    text = list(s3)
    if how == "swap" and len(text) >= 2:
        a, b = rnd.sample(range(len(text)), 2)
        text[a], text[b] = text[b], text[a]
    elif how == "change" and text:
        k = rnd.randrange(len(text))
        text[k] = rnd.choice([c for c in alphabet if c != text[k]] or [text[k]])
    elif how == "add":
        text.insert(rnd.randint(0, len(text)), rnd.choice(alphabet))
    elif how == "append":
        text += rnd.choices(alphabet, k=rnd.randint(1, 3))
    elif how == "drop" and text:
        del text[rnd.randrange(len(text))]
    return "".join(text)


def _text(alphabet: str, max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), max_size=max_size)


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Letter by letter, up to 5 each over 1 or 2 letters: failures shrink far. s3 is any
    string of the right length, or of any length."""
    alphabet = "ab"[:draw(st.integers(1, 2))]
    s1, s2 = draw(_text(alphabet, 5)), draw(_text(alphabet, 5))
    size = len(s1) + len(s2)
    s3 = draw(st.one_of(st.text(st.sampled_from(alphabet), min_size=size, max_size=size),
                        _text(alphabet, 10)))
    return {"s1": s1, "s2": s2, "s3": s3}


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """A random merge of two short strings over 1 to 3 letters, kept or mutated."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = "abc"[:draw(st.integers(1, 3))]
    s1 = "".join(rnd.choices(alphabet, k=draw(st.integers(0, SHORT))))
    s2 = "".join(rnd.choices(alphabet, k=draw(st.integers(0, SHORT))))
    s3 = merge(s1, s2, rnd)
    how = draw(st.sampled_from(["keep", "keep", "swap", "swap", "change", "add", "drop",
                                "append"]))
    return {"s1": s1, "s2": s2, "s3": _mutate(s3, alphabet, rnd, how)}


@st.composite
def _empty(draw: st.DrawFn) -> dict:
    """One or both of s1 and s2 empty: s3 must equal the other one."""
    other = draw(_text("ab", SHORT))
    s3 = draw(st.sampled_from([other, other[::-1], other + "a", other[1:], ""]))
    return {"s1": "", "s2": other, "s3": s3} if draw(st.booleans()) else \
        {"s1": other, "s2": "", "s3": s3}


@st.composite
def _long(draw: st.DrawFn) -> dict:
    """Up to 300 letters each, s1 over 'a' and 'b', s2 over 'c' alone (so a letter of s3
    can come from one string only), merged and kept or mutated."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    s1 = "".join(rnd.choices("ab", k=draw(st.integers(0, MAX_LEN))))
    s2 = "c" * draw(st.integers(0, MAX_LEN))
    if draw(st.booleans()):
        s1, s2 = s2, s1
    how = draw(st.sampled_from(["keep", "swap", "change", "add", "drop", "append"]))
    return {"s1": s1, "s2": s2, "s3": _mutate(merge(s1, s2, rnd), "abc", rnd, how)}


def _greedy(first: str, second: str, s3: str) -> bool:
    """Does taking each letter from `first` whenever it offers it get through s3?"""
    i = j = 0
    for c in s3:
        if i < len(first) and first[i] == c:
            i += 1
        elif j < len(second) and second[j] == c:
            j += 1
        else:
            return False
    return True


@st.composite
def _choice_trap(draw: st.DrawFn) -> dict:
    """A merge over two letters in which letters that both strings offer must come from
    one of them here and from the other there: always preferring s1, or always s2, when
    both match gets stuck (when 100 tries find none, a merge of that kind may be missed)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(100):
        s1 = "".join(rnd.choices("ab", k=rnd.randint(2, SHORT)))
        s2 = "".join(rnd.choices("ab", k=rnd.randint(2, SHORT)))
        s3 = merge(s1, s2, rnd)
        if not _greedy(s1, s2, s3) and not _greedy(s2, s1, s3):
            break
    return {"s1": s1, "s2": s2, "s3": s3}


@st.composite
def _broken_prefix(draw: st.DrawFn) -> dict:
    """s3 starts with a run of letters from one string, then merges the rest; a letter in
    that run is changed, so the run no longer fits although its last letter does."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = "abc"[:draw(st.integers(2, 3))]
    s1 = "".join(rnd.choices(alphabet, k=rnd.randint(0, SHORT)))
    s2 = "".join(rnd.choices(alphabet, k=rnd.randint(3, SHORT)))
    run = rnd.randint(2, len(s2))
    text = list(s2[:run] + merge(s1, s2[run:], rnd))
    k = rnd.randrange(run - 1)
    text[k] = rnd.choice([c for c in alphabet if c != text[k]])
    s3 = "".join(text)
    return {"s1": s1, "s2": s2, "s3": s3} if draw(st.booleans()) else \
        {"s1": s2, "s2": s1, "s3": s3}


@st.composite
def _wrong_length(draw: st.DrawFn) -> dict:
    """A merge with a few letters appended or cut off at the end."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = "abc"[:draw(st.integers(1, 3))]
    s1 = "".join(rnd.choices(alphabet, k=rnd.randint(0, SHORT)))
    s2 = "".join(rnd.choices(alphabet, k=rnd.randint(0, SHORT)))
    s3 = merge(s1, s2, rnd)
    cut = rnd.randint(1, 3)
    s3 = s3 + "".join(rnd.choices(alphabet, k=cut)) if draw(st.booleans()) else s3[:-cut]
    return {"s1": s1, "s2": s2, "s3": s3}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_choice_trap(), _broken_prefix(), _wrong_length(), _tiny(), _planted(),
                     _choice_trap(), _broken_prefix(), _planted(), _empty(), _long())


def sized(n: int, rnd: random.Random) -> dict:
    """s1 = 'a' * n and s2 = 'a' * 299 + 'b', with s3 holding the same letters but its 'b'
    one place too early to be s2's last letter: the answer is False and the letter counts
    agree. The table has 300n cells, while a plain recursion tries every merge of the
    298 leading a's (far too many even for n = 36)."""
    n = min(n, MAX_LEN)
    s2 = "a" * (MAX_LEN - 1) + "b"
    early = MAX_LEN - 2  # s2's 'b' can only come at position 299 or later
    return {"s1": "a" * n, "s2": s2, "s3": "a" * early + "b" + "a" * (n + MAX_LEN - 1 - early)}
