# Accepted: dynamic programming with i & (i - 1), which clears the lowest 1 bit of i.
def count_bits(n: int) -> list[int]:
    dp = [0] * (n + 1)
    for i in range(1, n + 1):
        dp[i] = dp[i & (i - 1)] + 1
    return dp
