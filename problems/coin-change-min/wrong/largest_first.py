# Wrong: greedy, takes as many of the largest coin as fit, then the next one: with
# coins 1, 3, 4 it pays 6 as 4 + 1 + 1 instead of 3 + 3, and with 2, 5 it misses 6.
def coin_change(coins: list[int], amount: int) -> int:
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
