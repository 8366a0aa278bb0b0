# Accepted: two binary searches: first the index of the smallest value, then bisect on
# whichever sorted run could hold the target.
from bisect import bisect_left


def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if target >= nums[0] and pivot > 0:
        start, end = 0, pivot
    else:
        start, end = pivot, len(nums)
    i = bisect_left(nums, target, start, end)
    return i if i < end and nums[i] == target else -1
