# Wrong: the bucket array has len(nums) slots, indices 0..n-1, so a value occurring n
# times (an all-equal list) falls outside it.
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    buckets = [[] for _ in range(len(nums))]
    for value, count in Counter(nums).items():
        buckets[count].append(value)
    result = []
    for count in range(len(nums) - 1, 0, -1):
        for value in buckets[count]:
            result.append(value)
            if len(result) == k:
                return result
    return result
