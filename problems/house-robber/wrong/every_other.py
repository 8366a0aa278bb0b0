# Wrong: assumes the best choice takes every other position, so it only compares the sum
# of even positions with the sum of odd positions; skipping two in a row is never tried.
def rob(nums: list[int]) -> int:
    return max(sum(nums[0::2]), sum(nums[1::2]))
