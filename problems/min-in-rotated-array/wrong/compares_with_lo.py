# Wrong: compares the middle with nums[lo] and moves right whenever the left part
# climbs, which walks away from the minimum in a list that is not rotated.
def find_min_rotated(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[lo]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
