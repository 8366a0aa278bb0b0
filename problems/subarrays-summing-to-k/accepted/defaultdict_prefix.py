# Accepted: prefix sums counted in a collections.defaultdict(int), seeded with {0: 1}.
from collections import defaultdict


def subarray_sum_count(nums: list[int], k: int) -> int:
    counts = defaultdict(int)
    counts[0] = 1
    prefix = 0
    answer = 0
    for x in nums:
        prefix += x
        answer += counts[prefix - k]
        counts[prefix] += 1
    return answer
