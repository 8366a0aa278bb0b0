# Wrong: walks the amounts downwards, as in the 0/1 knapsack, so each coin can be used
# at most once instead of any number of times.
def count_coin_combinations(amount: int, coins: list[int]) -> int:
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(amount, coin - 1, -1):
            ways[total] += ways[total - coin]
    return ways[amount]
