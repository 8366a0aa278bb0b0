# Correct but O(n): looks at the elements one by one from the left.
def binary_search(nums: list[int], target: int) -> int:
    for i, value in enumerate(nums):
        if value == target:
            return i
        if value > target:
            return -1
    return -1
