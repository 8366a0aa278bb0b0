import random

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def contains_permutation(pattern: str, text: str) -> bool:
    m = len(pattern)
    if m > len(text):
        return False
    diff = [0] * 26  # window count minus pattern count, per letter
    for char in pattern:
        diff[ord(char) - 97] -= 1
    for char in text[:m]:
        diff[ord(char) - 97] += 1
    unequal = sum(1 for d in diff if d)  # letters whose counts still differ
    if unequal == 0:
        return True
    for i in range(m, len(text)):
        for index, step in ((ord(text[i]) - 97, 1), (ord(text[i - m]) - 97, -1)):
            before = diff[index]
            diff[index] = before + step
            if before == 0:
                unequal += 1
            elif diff[index] == 0:
                unequal -= 1
        if unequal == 0:
            return True
    return False


def _alphabet() -> st.SearchStrategy[str]:
    return st.integers(2, 26).map(lambda k: LETTERS[:k])


def _shuffled(word: str, rnd: random.Random) -> str:
    letters = list(word)
    rnd.shuffle(letters)
    return "".join(letters)


@st.composite
def _planted(draw: st.DrawFn, max_text: int) -> dict:
    """A shuffled copy of the pattern (or one off by a letter) planted at the start, the
    end or anywhere; or none."""
    alphabet = draw(st.one_of(st.just("ab"), st.just("abc"), _alphabet()))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    pattern = "".join(rnd.choices(alphabet, k=draw(st.integers(1, 30))))
    text = "".join(rnd.choices(alphabet, k=draw(st.integers(0, max_text))))
    kind = draw(st.sampled_from(["copy", "copy", "near", "near", "none"]))
    if kind != "none":
        copy = list(_shuffled(pattern, rnd))
        if kind == "near":  # one count one too high, another one too low
            i = rnd.randrange(len(copy))
            copy[i] = rnd.choice([c for c in alphabet if c != copy[i]])
        at = draw(st.sampled_from(["start", "end", "any"]))
        at = 0 if at == "start" else len(text) if at == "end" else rnd.randint(0, len(text))
        text = text[:at] + "".join(copy) + text[at:]
    return {"pattern": pattern, "text": text}


@st.composite
def _scattered(draw: st.DrawFn) -> dict:
    """The pattern's letters all present, but split by another letter."""
    pattern = draw(st.text(st.sampled_from("abc"), min_size=2, max_size=6))
    cut = draw(st.integers(1, len(pattern) - 1))
    filler = draw(st.text(st.sampled_from("xyz"), min_size=1, max_size=3))
    return {"pattern": pattern, "text": pattern[:cut] + filler + pattern[cut:]}


@st.composite
def _small(draw: st.DrawFn) -> dict:
    alphabet = draw(st.sampled_from(["ab", "abc"]))
    return {"pattern": draw(st.text(st.sampled_from(alphabet), min_size=1, max_size=4)),
            "text": draw(st.text(st.sampled_from(alphabet), min_size=0, max_size=10))}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    d = sized(draw(st.integers(200, 1000)), rnd)
    if draw(st.booleans()):  # the late window that does match, or one a letter off
        at = rnd.randint(0, len(d["text"]))
        copy = _shuffled(d["pattern"], rnd)
        if draw(st.booleans()):
            copy = copy.replace("b", "a", 1)
        d["text"] = d["text"][:at] + copy + d["text"][at:]
    return d


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _small(),
        _small(),
        st.builds(lambda p: {"pattern": p, "text": ""}, st.text(st.sampled_from("ab"),
                                                                min_size=1, max_size=3)),
        st.builds(lambda p, k: {"pattern": p, "text": p[:k]},  # pattern longer than text
                  st.text(st.sampled_from("abc"), min_size=2, max_size=8),
                  st.integers(0, 7)).filter(lambda d: len(d["text"]) < len(d["pattern"])),
        _scattered(),
        _planted(40),
        _planted(40),
        _planted(400),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A text of n letters, mostly 'a' with single 'b's more than len(pattern) apart, and
    the pattern 'a' * (m - 2) + 'bb' with m = n / 10: no window matches, and each one
    differs from the pattern by a single count."""
    m = max(2, n // 10)
    text = ["a"] * n
    for i in range(rnd.randrange(m + 1), n, m + 1 + rnd.randrange(3)):
        text[i] = "b"
    return {"pattern": "a" * (m - 2) + "bb", "text": "".join(text)}
