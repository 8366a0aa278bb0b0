import random

from hypothesis import strategies as st

from trainer.problems.shapes import palindrome


def palindrome_partitions(s: str) -> list[list[str]]:
    n = len(s)
    # is_pal[i][j]: s[i:j + 1] reads the same both ways (filled from short to long)
    is_pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            is_pal[i][j] = s[i] == s[j] and (j - i < 2 or is_pal[i + 1][j - 1])
    result: list[list[str]] = []
    pieces: list[str] = []

    def cut(start: int) -> None:
        if start == n:
            result.append(pieces.copy())  # a copy: pieces keeps changing
            return
        for end in range(start, n):
            if is_pal[start][end]:
                pieces.append(s[start:end + 1])
                cut(end + 1)
                pieces.pop()

    cut(0)
    return result


def baseline(s: str) -> list[list[str]]:
    """Every set of cut positions as a bitmask, kept when all its pieces are palindromes:
    the slowest approach accepted, O(n * 2^n) on every string."""
    n = len(s)
    found = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for gap in range(n - 1):
            if mask >> gap & 1:
                pieces.append(s[start:gap + 1])
                start = gap + 1
        pieces.append(s[start:])
        if all(p == p[::-1] for p in pieces):
            found.append(pieces)
    return found


@st.composite
def _palindromic(draw: st.DrawFn) -> dict:
    """A palindrome, or two glued together: palindromes inside palindromes."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = draw(st.sampled_from(["ab", "abc"]))
    first = draw(st.integers(1, 14))
    text = palindrome(rnd, alphabet, first)
    if first < 14 and draw(st.booleans()):
        text += palindrome(rnd, alphabet, draw(st.integers(1, 14 - first)))
    return {"s": text}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda c: {"s": c}, st.sampled_from("abc")),
        st.builds(lambda k: {"s": "a" * k}, st.integers(1, 14)),  # 2^(k-1) partitions
        st.builds(lambda k: {"s": ("abc" * 5)[:k]}, st.integers(1, 14)),  # one partition
        st.text("abc", min_size=1, max_size=14).map(lambda s: {"s": s}),
        st.text("ab", min_size=1, max_size=14).map(lambda s: {"s": s}),
        _palindromic(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """One letter n times: every cut is a palindrome partition, 2^(n-1) of them."""
    return {"s": "a" * n}
