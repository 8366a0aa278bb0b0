# Recursive quickselect on new lists: larger values, equal ones, smaller ones.
import random


def kth_largest(nums: list[int], k: int) -> int:
    pivot = nums[random.randrange(len(nums))]
    big = [x for x in nums if x > pivot]
    same = [x for x in nums if x == pivot]
    small = [x for x in nums if x < pivot]
    if k <= len(big):
        return kth_largest(big, k)
    if k <= len(big) + len(same):
        return pivot
    return kth_largest(small, k - len(big) - len(same))
