# Accepted: running prefix sum minus the smallest earlier prefix sum.
def max_subarray_sum(nums: list[int]) -> int:
    prefix = 0
    min_prefix = 0
    best = float("-inf")
    for x in nums:
        prefix += x
        best = max(best, prefix - min_prefix)
        min_prefix = min(min_prefix, prefix)
    return best
