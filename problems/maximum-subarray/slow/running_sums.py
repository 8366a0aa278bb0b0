# Correct but O(n^2): tries every start and extends a running sum to every end.
def max_subarray_sum(nums: list[int]) -> int:
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total > best:
                best = total
    return best
