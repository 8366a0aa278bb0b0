# Accepted: compares with the first value: a sorted list answers at once, otherwise the
# values at least nums[0] come before the drop.
def find_min_rotated(nums: list[int]) -> int:
    if nums[0] <= nums[-1]:
        return nums[0]
    lo, hi = 0, len(nums) - 1  # nums[lo] >= nums[0] > nums[hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[0]:
            lo = mid
        else:
            hi = mid
    return nums[hi]
