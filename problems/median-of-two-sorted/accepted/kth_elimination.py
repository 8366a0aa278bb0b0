# Accepted: finds the k-th smallest of the union by discarding k // 2 values at a time
# from one list (indices, no slicing): O(log(m + n)).
from __future__ import annotations


def kth(a, b, k):
    i = j = 0  # a[:i] and b[:j] are discarded
    while True:
        if i == len(a):
            return b[j + k - 1]
        if j == len(b):
            return a[i + k - 1]
        if k == 1:
            return min(a[i], b[j])
        step = k // 2
        ai = min(i + step, len(a)) - 1
        bj = min(j + step, len(b)) - 1
        if a[ai] <= b[bj]:
            k -= ai - i + 1
            i = ai + 1
        else:
            k -= bj - j + 1
            j = bj + 1


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    total = len(a) + len(b)
    if total % 2:
        return float(kth(a, b, total // 2 + 1))
    return (kth(a, b, total // 2) + kth(a, b, total // 2 + 1)) / 2
