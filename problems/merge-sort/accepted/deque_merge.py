# Accepted: recursive merge sort that merges two halves with collections.deque.popleft.
from collections import deque


def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) < 2:
        return nums[:]
    mid = len(nums) // 2
    left = deque(merge_sort(nums[:mid]))
    right = deque(merge_sort(nums[mid:]))
    out = []
    while left and right:
        out.append(left.popleft() if left[0] <= right[0] else right.popleft())
    out.extend(left or right)
    return out
