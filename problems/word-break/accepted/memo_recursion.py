# Top-down recursion on the start position with lru_cache, trying each dictionary word
# with startswith.
import sys
from functools import lru_cache


def word_break(s: str, words: list[str]) -> bool:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), len(s) + 100))
    words = list(set(words))

    @lru_cache(maxsize=None)
    def can(i):
        if i == len(s):
            return True
        return any(s.startswith(w, i) and can(i + len(w)) for w in words)

    return can(0)
