# Accepted: Kadane's variant that resets the running sum to 0 when it goes negative,
# updating the best before the reset (so all-negative lists still work).
def max_subarray_sum(nums: list[int]) -> int:
    best = nums[0]
    current = 0
    for x in nums:
        current += x
        if current > best:
            best = current
        if current < 0:
            current = 0
    return best
