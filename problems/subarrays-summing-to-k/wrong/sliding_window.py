# Wrong: a shrinking sliding window assumes the sum only grows when the window grows,
# which fails as soon as nums holds negative values (and counts nothing for runs of 0s).
def subarray_sum_count(nums: list[int], k: int) -> int:
    count = 0
    total = 0
    left = 0
    for right, value in enumerate(nums):
        total += value
        while total > k and left < right:
            total -= nums[left]
            left += 1
        if total == k:
            count += 1
    return count
