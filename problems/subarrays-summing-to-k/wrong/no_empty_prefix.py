# Wrong: the dictionary starts empty instead of {0: 1}, so subarrays that start at index
# 0 are never counted.
def subarray_sum_count(nums: list[int], k: int) -> int:
    seen = {}
    total = count = 0
    for value in nums:
        total += value
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
