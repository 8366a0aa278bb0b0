# Accepted: two running values, the best sum taking the current value and the best skipping it.
def rob(nums: list[int]) -> int:
    take, skip = 0, 0
    for x in nums:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)
