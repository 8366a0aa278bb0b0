# Wrong: adds 1 each time a value comes from the right half, instead of the number of
# values still waiting in the left half.
from __future__ import annotations


def count_inversions(nums: list[int]) -> int:
    def sort(a):
        if len(a) <= 1:
            return a, 0
        mid = len(a) // 2
        left, x = sort(a[:mid])
        right, y = sort(a[mid:])
        out, count, i, j = [], x + y, 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                out.append(left[i])
                i += 1
            else:
                out.append(right[j])
                j += 1
                count += 1
        return out + left[i:] + right[j:], count

    return sort(nums)[1]
