# Top-down recursion on the amount left with lru_cache, infinity for amounts that
# cannot be paid.
import sys
from functools import lru_cache


def coin_change(coins: list[int], amount: int) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), amount + 100))

    @lru_cache(maxsize=None)
    def best(left):
        if left == 0:
            return 0
        if left < 0:
            return float("inf")
        return min(best(left - c) for c in coins) + 1

    ans = best(amount)
    return ans if ans != float("inf") else -1
