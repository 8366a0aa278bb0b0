# Wrong: records the current prefix sum before looking up total - k, so with k = 0 each
# position also matches itself, counting an empty subarray.
def subarray_sum_count(nums: list[int], k: int) -> int:
    seen = {0: 1}
    total = count = 0
    for value in nums:
        total += value
        seen[total] = seen.get(total, 0) + 1
        count += seen.get(total - k, 0)
    return count
