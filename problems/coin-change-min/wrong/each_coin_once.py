# Wrong: walks the amounts downwards as in the 0/1 knapsack, so each coin value is used
# at most once: 5 + 5 + 1 for 11 is never found.
def coin_change(coins: list[int], amount: int) -> int:
    INF = float("inf")
    dp = [0] + [INF] * amount
    for coin in coins:
        for a in range(amount, coin - 1, -1):
            dp[a] = min(dp[a], dp[a - coin] + 1)
    return -1 if dp[amount] == INF else dp[amount]
