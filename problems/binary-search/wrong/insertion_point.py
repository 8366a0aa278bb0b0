# Wrong: finds the insertion point but reads nums[i] without checking that i is inside
# the list, which crashes when target is larger than every element (or nums is empty).
def binary_search(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if nums[lo] == target else -1
