# Accepted: the standard library's bisect_left, then one comparison.
from bisect import bisect_left


def binary_search(nums: list[int], target: int) -> int:
    i = bisect_left(nums, target)
    if i < len(nums) and nums[i] == target:
        return i
    return -1
