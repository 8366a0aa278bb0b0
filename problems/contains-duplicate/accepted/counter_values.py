# Accepted: collections.Counter, then any() over dict.values().
from collections import Counter


def contains_duplicate(nums: list[int]) -> bool:
    return any(count > 1 for count in Counter(nums).values())
