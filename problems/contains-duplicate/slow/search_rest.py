# Correct but O(n^2): searches the rest of the list for each value; the search runs in C,
# but it is still a linear scan per position.
def contains_duplicate(nums: list[int]) -> bool:
    for i, value in enumerate(nums):
        if value in nums[i + 1:]:
            return True
    return False
