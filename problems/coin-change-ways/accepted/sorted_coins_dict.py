# One row kept in a dict (defaultdict(int)), coins taken in sorted order; amounts that
# no coin can make simply stay missing.
from collections import defaultdict


def count_coin_combinations(amount: int, coins: list[int]) -> int:
    ways = defaultdict(int)
    ways[0] = 1
    for coin in sorted(coins):
        for total in range(coin, amount + 1):
            if total - coin in ways:
                ways[total] += ways[total - coin]
    return ways[amount]
