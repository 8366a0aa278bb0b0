# Wrong: averages the two lists' own medians, which is the median of the union only in
# special cases (and fails when one list is empty).
from __future__ import annotations


def median(values):
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def median_of_two_sorted(a: list[int], b: list[int]) -> float:
    if not a:
        return median(b)
    if not b:
        return median(a)
    return (median(a) + median(b)) / 2
