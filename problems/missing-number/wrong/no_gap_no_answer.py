# Wrong: looks only for a gap inside the sorted list, and returns -1 when the missing value is n.
def missing_number(nums: list[int]) -> int:
    nums = sorted(nums)
    for i in range(len(nums)):
        if nums[i] != i:
            return i
    return -1
