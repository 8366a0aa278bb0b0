# Accepted: sorts and returns the first index whose value is not the index itself, or n if there is none.
def missing_number(nums: list[int]) -> int:
    nums = sorted(nums)
    for i, num in enumerate(nums):
        if num != i:
            return i
    return len(nums)
