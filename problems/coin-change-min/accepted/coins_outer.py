# The table with the coins in the outer loop: dp[a] = min(dp[a], dp[a - coin] + 1),
# walking the amounts upwards so that each coin can be used again.
def coin_change(coins: list[int], amount: int) -> int:
    INF = float("inf")
    dp = [0] + [INF] * amount
    for coin in sorted(coins):
        for a in range(coin, amount + 1):
            dp[a] = min(dp[a], dp[a - coin] + 1)
    return -1 if dp[amount] == INF else dp[amount]
