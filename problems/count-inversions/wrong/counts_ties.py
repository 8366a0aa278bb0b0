# Wrong: on a tie it takes the value from the right half, so each pair of equal values
# across the halves is counted as an inversion.
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
            if left[i] < right[j]:
                out.append(left[i])
                i += 1
            else:
                out.append(right[j])
                j += 1
                count += len(left) - i
        return out + left[i:] + right[j:], count

    return sort(nums)[1]
