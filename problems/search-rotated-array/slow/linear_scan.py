# Correct but O(n): looks at the elements one by one.
def search_rotated(nums: list[int], target: int) -> int:
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1
