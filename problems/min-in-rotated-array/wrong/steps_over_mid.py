# Wrong: moves hi to mid - 1 when mid..hi climbs, but mid itself may be the smallest
# value, which is then stepped over.
def find_min_rotated(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return nums[lo]
