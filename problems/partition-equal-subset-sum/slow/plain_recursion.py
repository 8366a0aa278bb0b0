# Correct but O(2^n): the plain recursion puts each element in the first group or not.
def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False

    def fits(i: int, left: int) -> bool:
        if left == 0:
            return True
        if left < 0 or i == len(nums):
            return False
        return fits(i + 1, left - nums[i]) or fits(i + 1, left)

    return fits(0, total // 2)
