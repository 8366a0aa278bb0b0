# Accepted: top-down recursion memoized with functools.lru_cache.
import sys
from functools import lru_cache

sys.setrecursionlimit(10_000)


def climb_stairs(n: int) -> int:
    @lru_cache(maxsize=None)
    def ways(step: int) -> int:
        if step <= 1:
            return 1
        return ways(step - 1) + ways(step - 2)

    return ways(n)
