# Accepted: itertools.accumulate for the prefix sums (with initial=0) and a Counter of
# the prefixes seen so far.
from collections import Counter
from itertools import accumulate


def subarray_sum_count(nums: list[int], k: int) -> int:
    seen = Counter()
    total = 0
    for prefix in accumulate(nums, initial=0):
        total += seen[prefix - k]
        seen[prefix] += 1
    return total
