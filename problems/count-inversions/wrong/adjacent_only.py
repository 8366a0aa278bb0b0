# Wrong: counts only neighbouring pairs out of order, missing every inversion between
# values that are not next to each other.
from __future__ import annotations


def count_inversions(nums: list[int]) -> int:
    return sum(1 for a, b in zip(nums, nums[1:]) if a > b)
