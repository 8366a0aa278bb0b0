import random
import string

from hypothesis import strategies as st

from trainer.problems.shapes import palindrome

LETTERS = string.ascii_lowercase
MAX_LEN = 3000
# Strings with long palindromes stay short (at most SHORT letters) so that the O(n^3)
# slow/ solution finishes them; random strings over 3 letters or more go to LONG.
SHORT = 150
LONG = 1000


def longest_palindrome(s: str) -> str:
    """Expand around each of the 2n - 1 centres, left to right; a palindrome replaces the
    best only when strictly longer, so the leftmost of the longest is kept (two equally
    long palindromes have the same parity, and the one whose centre is further left also
    starts further left)."""
    n = len(s)
    best_start, best_length = 0, 1
    for centre in range(n):
        for left, right in ((centre, centre), (centre, centre + 1)):
            while left >= 0 and right < n and s[left] == s[right]:
                left -= 1
                right += 1
            if right - left - 1 > best_length:
                best_start, best_length = left + 1, right - left - 1
    return s[best_start:best_start + best_length]


def baseline(s: str) -> str:
    """The O(n^2) table: is_palindrome[i][j] from is_palindrome[i + 1][j - 1].

    The slowest approach the target allows; the complexity check times it, so any
    O(n^2) solution passes."""
    n = len(s)
    is_palindrome = [[False] * n for _ in range(n)]
    best_start, best_length = 0, 1
    for i in range(n - 1, -1, -1):
        is_palindrome[i][i] = True
        for j in range(i + 1, n):
            if s[i] == s[j] and (j - i < 3 or is_palindrome[i + 1][j - 1]):
                is_palindrome[i][j] = True
                if j - i + 1 >= best_length:  # i only decreases: ties move left
                    best_start, best_length = i, j - i + 1
    return s[best_start:best_start + best_length]


# -- generators ----------------------------------------------------------------------


def _text(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


@st.composite
def _tiny(draw: st.DrawFn) -> str:
    """Up to 12 letters from 1 to 3, letter by letter: failures shrink far."""
    return draw(_text(LETTERS[:draw(st.integers(1, 3))], 1, 12))


@st.composite
def _random(draw: st.DrawFn) -> str:
    size = draw(st.sampled_from([1, 2, 3, 4, 26]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, SHORT if size <= 2 else LONG // 4))
    return "".join(rnd.choices(LETTERS[:size], k=n))


@st.composite
def _planted(draw: st.DrawFn) -> str:
    """A palindrome of either parity inside random letters, at the start, middle or end."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    size = draw(st.integers(2, 26))
    alphabet = LETTERS[:size]
    core = palindrome(rnd, alphabet, draw(st.integers(2, 40)))
    before = "".join(rnd.choices(alphabet, k=draw(st.integers(0, 50))))
    after = "".join(rnd.choices(alphabet, k=draw(st.integers(0, 50))))
    return before + core + after


@st.composite
def _ties(draw: st.DrawFn) -> str:
    """Two or three different palindromes of one length, apart: the leftmost is the
    answer. The letters between them occur nowhere else."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    length = draw(st.integers(1, 9))
    parts = [palindrome(rnd, "abcd", length) for _ in range(draw(st.integers(2, 3)))]
    gaps = rnd.sample("vwxyz", len(parts) + 1)
    text = gaps[0] if draw(st.booleans()) else ""
    for part, gap in zip(parts, gaps[1:], strict=True):
        text += part + gap
    return text if draw(st.booleans()) else text[:-1]


@st.composite
def _distinct(draw: st.DrawFn) -> str:
    """All letters different: every palindrome is one letter, and the answer is s[0]."""
    return "".join(draw(st.permutations(LETTERS))[:draw(st.integers(1, 26))])


@st.composite
def _whole(draw: st.DrawFn) -> str:
    """s itself a palindrome, odd or even."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = LETTERS[:draw(st.sampled_from([1, 2, 3, 26]))]
    return palindrome(rnd, alphabet, draw(st.integers(1, SHORT)))


@st.composite
def _mirror_trap(draw: st.DrawFn) -> str:
    """A word and, further on, its reverse: a long substring that s and reversed s share
    without being a palindrome."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    word = "".join(rnd.sample(LETTERS[:12], draw(st.integers(3, 8))))
    middle = "".join(rnd.choices(LETTERS[12:], k=draw(st.integers(1, 10))))
    after = "".join(rnd.choices(LETTERS[12:], k=draw(st.integers(0, 5))))
    return word + middle + word[::-1] + after


@st.composite
def _large(draw: st.DrawFn) -> str:
    """Up to 1000 letters over 3 to 26, random or around one long palindrome."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = LETTERS[:draw(st.integers(3, 26))]
    n = draw(st.integers(1, LONG))
    text = "".join(rnd.choices(alphabet, k=n))
    if draw(st.booleans()):
        core = palindrome(rnd, alphabet, rnd.randint(1, min(n, SHORT)))
        at = rnd.randrange(n)
        text = text[:at] + core + text[at + len(core):]
    return text[:LONG]


@st.composite
def _mixed(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 9:
        return draw(_large())
    return draw(st.one_of(_tiny(), _tiny(), _random(), _planted(), _ties(), _ties(),
                          _distinct(), _whole(), _mirror_trap(),
                          st.integers(1, SHORT).map(lambda n: "a" * n)))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed().map(lambda s: {"s": s})


def sized(n: int, rnd: random.Random) -> dict:
    """n letters 'a' but one 'b' in the first third: long runs of one letter make every
    centre expand far (n^2 / 2 steps) and every substring of a run a palindrome, so
    testing each substring by itself takes O(n^3)."""
    n = min(n, MAX_LEN)
    text = ["a"] * n
    text[rnd.randrange(n // 3 + 1)] = "b"
    return {"s": "".join(text)}
