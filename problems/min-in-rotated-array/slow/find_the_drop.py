# Correct but O(n): scans from the left for the first value smaller than the one before.
def find_min_rotated(nums: list[int]) -> int:
    for i in range(1, len(nums)):
        if nums[i] < nums[i - 1]:
            return nums[i]
    return nums[0]
