# Accepted: functools.reduce with operator.xor, a one-liner.
from functools import reduce
from operator import xor


def single_number(nums: list[int]) -> int:
    return reduce(xor, nums)
