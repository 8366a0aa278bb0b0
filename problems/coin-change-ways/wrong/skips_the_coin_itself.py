# Wrong: starts each coin's loop one amount too late (coin + 1), so a coin is never used
# on its own from 0: a coin equal to the amount, or any multiset built on it, is missed.
def count_coin_combinations(amount: int, coins: list[int]) -> int:
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin + 1, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
