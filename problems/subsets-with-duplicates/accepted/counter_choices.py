# Accepted: counts each distinct value, then for every value chooses how many copies to
# take (0 up to its count), extending every subset built so far.
from collections import Counter


def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    result = [[]]
    for value, count in Counter(nums).items():
        result = [subset + [value] * k for subset in result for k in range(count + 1)]
    return result
