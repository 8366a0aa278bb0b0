# Patience sorting that checks the last tail first: append when x is larger than every
# tail, else overwrite the first tail >= x found by bisect.
import bisect


def length_of_lis(nums: list[int]) -> int:
    piles = []
    for x in nums:
        if not piles or x > piles[-1]:
            piles.append(x)
        else:
            piles[bisect.bisect_left(piles, x)] = x
    return len(piles)
