# Wrong: seeds the table with nums[0] and nums[1], so the empty list and a single value
# raise IndexError.
def rob(nums: list[int]) -> int:
    best = [0] * len(nums)
    best[0] = nums[0]
    best[1] = max(nums[0], nums[1])
    for i in range(2, len(nums)):
        best[i] = max(best[i - 1], best[i - 2] + nums[i])
    return best[-1]
