# Top-down recursion on (coin index, amount left) with functools.cache.
import sys
from functools import cache


def count_coin_combinations(amount: int, coins: list[int]) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), amount + len(coins) + 100))

    @cache
    def ways(i: int, left: int) -> int:
        if left == 0:
            return 1
        if i == len(coins) or left < 0:
            return 0
        return ways(i, left - coins[i]) + ways(i + 1, left)

    return ways(0, amount)
