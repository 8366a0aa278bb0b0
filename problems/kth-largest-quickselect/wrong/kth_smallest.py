# Wrong: selects the k-th smallest value (index k - 1 in increasing order) instead of the
# k-th largest.
import random


def kth_largest(nums: list[int], k: int) -> int:
    pivot = random.choice(nums)
    less = [x for x in nums if x < pivot]
    equal = [x for x in nums if x == pivot]
    if k <= len(less):
        return kth_largest(less, k)
    if k <= len(less) + len(equal):
        return pivot
    return kth_largest([x for x in nums if x > pivot], k - len(less) - len(equal))
