# Accepted: itertools.accumulate with operator.mul for the running products from both ends, shifted by one.
from itertools import accumulate
from operator import mul


def product_except_self(nums: list[int]) -> list[int]:
    left = [1] + list(accumulate(nums[:-1], mul))
    right = list(accumulate(reversed(nums[1:]), mul))[::-1] + [1]
    return [a * b for a, b in zip(left, right)]
