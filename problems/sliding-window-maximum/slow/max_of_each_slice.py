# Correct but O(n * k): the maximum of every window computed again from its slice.
def max_sliding_window(nums: list[int], k: int) -> list[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
