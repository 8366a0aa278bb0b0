# Accepted: top-down recursion on (row, column) memoized with functools.lru_cache.
from functools import lru_cache


def unique_paths(m: int, n: int) -> int:
    @lru_cache(maxsize=None)
    def routes(r: int, c: int) -> int:
        if r == 0 or c == 0:
            return 1
        return routes(r - 1, c) + routes(r, c - 1)

    return routes(m - 1, n - 1)
