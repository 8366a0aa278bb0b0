# The full (len(coins) + 1) x (amount + 1) table: dp[i][a] uses only the first i coins,
# and either skips coin i or takes one more of it.
def count_coin_combinations(amount: int, coins: list[int]) -> int:
    n = len(coins)
    dp = [[0] * (amount + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = 1
    for i in range(1, n + 1):
        c = coins[i - 1]
        for a in range(1, amount + 1):
            dp[i][a] = dp[i - 1][a]
            if a >= c:
                dp[i][a] += dp[i][a - c]
    return dp[n][amount]
