# Wrong: takes whole buckets and stops once it has at least k values, so a tie at the
# cutoff returns more than k values.
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, count in Counter(nums).items():
        buckets[count].append(value)
    result = []
    for count in range(len(nums), 0, -1):
        result.extend(buckets[count])
        if len(result) >= k:
            return result
    return result
