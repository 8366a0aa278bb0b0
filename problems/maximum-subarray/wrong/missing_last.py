# Wrong: off by one in the inner loop's range, so no block ever ends at the last value.
def max_subarray_sum(nums: list[int]) -> int:
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums) - 1):
            total += nums[j]
            best = max(best, total)
    return best
