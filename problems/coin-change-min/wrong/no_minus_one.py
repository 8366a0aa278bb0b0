# Wrong: forgets to turn the "impossible" marker into -1, so an amount that no coins
# can pay returns amount + 1.
def coin_change(coins: list[int], amount: int) -> int:
    dp = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a:
                dp[a] = min(dp[a], dp[a - coin] + 1)
    return dp[amount]
