# Accepted: bisect with a key (Python 3.10+): the first index whose value is at most the
# last value is where the smallest sits.
from bisect import bisect_left


def find_min_rotated(nums: list[int]) -> int:
    last = nums[-1]
    return nums[bisect_left(range(len(nums)), True, key=lambda i: nums[i] <= last)]
