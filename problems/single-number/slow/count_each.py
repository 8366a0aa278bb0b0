# Correct but O(n^2): counts every value by scanning the whole list again.
def single_number(nums: list[int]) -> int:
    for value in nums:
        if nums.count(value) == 1:
            return value
    return 0
