# Accepted: a plain dict with explicit `in` checks, the way it is often written first.
def subarray_sum_count(nums: list[int], k: int) -> int:
    freq = {0: 1}
    running = 0
    count = 0
    for i in range(len(nums)):
        running += nums[i]
        if running - k in freq:
            count += freq[running - k]
        if running in freq:
            freq[running] += 1
        else:
            freq[running] = 1
    return count
