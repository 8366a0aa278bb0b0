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


def count_palindromic_substrings(s: str) -> int:
    """Expand around each of the 2n - 1 centres: every step outwards that still matches
    is one more palindrome, s[left..right], counted at its own position."""
    n = len(s)
    count = 0
    for centre in range(n):
        for left, right in ((centre, centre), (centre, centre + 1)):
            while left >= 0 and right < n and s[left] == s[right]:
                count += 1
                left -= 1
                right += 1
    return count


def baseline(s: str) -> int:
    """The O(n^2) table: is_palindrome[i][j] from is_palindrome[i + 1][j - 1].

    The slowest approach the target allows; the complexity check times it, so any
    O(n^2) solution passes."""
    n = len(s)
    is_palindrome = [[False] * n for _ in range(n)]
    count = 0
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            if s[i] == s[j] and (j - i < 3 or is_palindrome[i + 1][j - 1]):
                is_palindrome[i][j] = True
                count += 1
    return count


# -- generators ----------------------------------------------------------------------


@st.composite
def _tiny(draw: st.DrawFn) -> str:
    """Up to 12 letters from 1 to 3, letter by letter: failures shrink far."""
    return draw(st.text(st.sampled_from(LETTERS[:draw(st.integers(1, 3))]),
                        min_size=1, max_size=12))


@st.composite
def _random(draw: st.DrawFn) -> str:
    size = draw(st.sampled_from([1, 2, 3, 4, 26]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, SHORT if size <= 2 else LONG // 4))
    return "".join(rnd.choices(LETTERS[:size], k=n))


@st.composite
def _planted(draw: st.DrawFn) -> str:
    """Palindromes of either parity, some repeated, inside random letters."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = LETTERS[:draw(st.integers(2, 26))]
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append("".join(rnd.choices(alphabet, k=rnd.randint(0, 8))))
        core = palindrome(rnd, alphabet, rnd.randint(2, 30))
        parts.append(core * rnd.choice([1, 1, 2]))  # the same palindrome twice: both count
    return "".join(parts)


@st.composite
def _distinct(draw: st.DrawFn) -> str:
    """All letters different: only the single letters are palindromes (n of them)."""
    return "".join(draw(st.permutations(LETTERS))[:draw(st.integers(1, 26))])


@st.composite
def _whole(draw: st.DrawFn) -> str:
    """s itself a palindrome, odd or even."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = LETTERS[:draw(st.sampled_from([1, 2, 3, 26]))]
    return palindrome(rnd, alphabet, draw(st.integers(1, SHORT)))


@st.composite
def _runs(draw: st.DrawFn) -> str:
    """A few runs of one letter each ("aaabbbbba"): many palindromes inside each run."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    runs = [rnd.choice("abc") * rnd.randint(1, 30) for _ in range(draw(st.integers(1, 5)))]
    return "".join(runs)


@st.composite
def _large(draw: st.DrawFn) -> str:
    """Up to 1000 letters over 3 to 26, random or with one long palindrome inside."""
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
    return draw(st.one_of(_tiny(), _tiny(), _random(), _planted(), _planted(), _distinct(),
                          _whole(), _runs(), st.integers(1, SHORT).map(lambda n: "a" * n)))


def inputs() -> st.SearchStrategy[dict]:
    return _mixed().map(lambda s: {"s": s})


def sized(n: int, rnd: random.Random) -> dict:
    """n letters 'a' but one 'b' in the first third: about n^2 / 4 palindromes, so every
    centre expands far, and testing each substring by itself takes O(n^3)."""
    n = min(n, MAX_LEN)
    text = ["a"] * n
    text[rnd.randrange(n // 3 + 1)] = "b"
    return {"s": "".join(text)}
