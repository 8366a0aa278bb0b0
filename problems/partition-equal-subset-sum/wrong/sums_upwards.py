# Wrong: walks the sums upwards, so an element can be added again to a sum that already
# used it: [1, 5] reaches 3 as 1 + 1 + 1.
def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    dp = [True] + [False] * half
    for x in nums:
        for s in range(x, half + 1):
            dp[s] = dp[s] or dp[s - x]
    return dp[half]
