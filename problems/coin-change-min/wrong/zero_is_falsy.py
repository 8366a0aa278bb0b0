# Wrong: returns `dp[amount] or -1`, so the real answer 0 for amount 0 becomes -1.
def coin_change(coins: list[int], amount: int) -> int:
    dp = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [dp[a - c] for c in coins if c <= a and dp[a - c] is not None]
        if options:
            dp[a] = min(options) + 1
    return dp[amount] or -1
