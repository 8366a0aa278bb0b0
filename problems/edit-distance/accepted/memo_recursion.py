# Top-down recursion on (i, j) memoized with functools.cache.
import sys
from functools import cache


def edit_distance(a: str, b: str) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 2 * (len(a) + len(b)) + 100))

    @cache
    def go(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return len(a) - i + len(b) - j
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))

    return go(0, 0)
