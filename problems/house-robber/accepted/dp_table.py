# Accepted: bottom-up DP table where dp[i] is the best sum of the first i values.
def rob(nums: list[int]) -> int:
    n = len(nums)
    dp = [0] * (n + 1)
    if n:
        dp[1] = nums[0]
    for i in range(2, n + 1):
        dp[i] = max(dp[i - 1], dp[i - 2] + nums[i - 1])
    return dp[n]
