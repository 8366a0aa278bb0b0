# Accepted: cut nums into blocks of k; the maximum of a window is max(suffix max of one block, prefix max of the next).
def max_sliding_window(nums: list[int], k: int) -> list[int]:
    n = len(nums)
    left = nums[:]
    right = nums[:]
    for i in range(1, n):
        if i % k:
            left[i] = max(left[i - 1], nums[i])
    for i in range(n - 2, -1, -1):
        if (i + 1) % k:
            right[i] = max(right[i + 1], nums[i])
    return [max(right[i], left[i + k - 1]) for i in range(n - k + 1)]
