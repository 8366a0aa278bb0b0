# Accepted: bottom-up DP table, dp[i] = best block ending at i; answer is max(dp).
def max_subarray_sum(nums: list[int]) -> int:
    dp = [0] * len(nums)
    dp[0] = nums[0]
    for i in range(1, len(nums)):
        dp[i] = max(nums[i], dp[i - 1] + nums[i])
    return max(dp)
