# Accepted: recursive merge sort returning (sorted list, inversion count).
from __future__ import annotations


def count_inversions(nums: list[int]) -> int:
    def sort(a):
        if len(a) <= 1:
            return a, 0
        mid = len(a) // 2
        left, x = sort(a[:mid])
        right, y = sort(a[mid:])
        out = []
        count = x + y
        i = j = 0
        while i < len(left) and j < len(right):
            if right[j] < left[i]:
                out.append(right[j])
                j += 1
                count += len(left) - i
            else:
                out.append(left[i])
                i += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out, count

    return sort(list(nums))[1]
