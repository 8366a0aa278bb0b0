# Heavy: counts every value with a Counter: right and O(n) in time, but O(n) extra memory.
from collections import Counter


def single_number(nums: list[int]) -> int:
    for value, count in Counter(nums).items():
        if count == 1:
            return value
    raise ValueError("every value appears twice")
