# Correct but O(n): min() reads every value.
def find_min_rotated(nums: list[int]) -> int:
    return min(nums)
