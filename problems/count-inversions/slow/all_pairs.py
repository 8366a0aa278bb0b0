# Slow: checks every pair i < j: O(n^2).
from __future__ import annotations


def count_inversions(nums: list[int]) -> int:
    n = len(nums)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] > nums[j]:
                count += 1
    return count
