# Accepted: collections.Counter of the values, then extend by each value's count in order.
from collections import Counter


def counting_sort(nums: list[int], max_value: int) -> list[int]:
    counts = Counter(nums)
    out = []
    for value in range(max_value + 1):
        if counts[value]:
            out.extend([value] * counts[value])
    return out
