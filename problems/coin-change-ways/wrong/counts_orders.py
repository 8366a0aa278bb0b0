# Wrong: loops over the amounts outside and the coins inside, so every order of the same
# coins is counted: for 3 with [1, 2] it counts 1+2 and 2+1 separately.
def count_coin_combinations(amount: int, coins: list[int]) -> int:
    ways = [1] + [0] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total:
                ways[total] += ways[total - coin]
    return ways[amount]
