# Wrong: treats amount 0 as impossible and returns 0, but the empty multiset of coins
# makes 0, which is exactly one way.
def count_coin_combinations(amount: int, coins: list[int]) -> int:
    if amount == 0:
        return 0
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
