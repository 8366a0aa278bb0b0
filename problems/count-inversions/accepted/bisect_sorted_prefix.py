# Accepted: divide and conquer with bisect: for each value of the right half, bisect_right
# in the sorted left half counts the larger ones; sorted() joins the halves.
from __future__ import annotations

from bisect import bisect_right


def count_inversions(nums: list[int]) -> int:
    def solve(a):
        if len(a) < 2:
            return a, 0
        mid = len(a) // 2
        left, x = solve(a[:mid])
        right, y = solve(a[mid:])
        cross = sum(len(left) - bisect_right(left, v) for v in right)
        return sorted(left + right), x + y + cross

    return solve(nums)[1]
