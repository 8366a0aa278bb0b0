# Wrong: uses bisect_right, so an equal value extends the tails instead of replacing one:
# it counts non-decreasing subsequences, and [7, 7, 7] gives 3.
from bisect import bisect_right


def length_of_lis(nums: list[int]) -> int:
    tails = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
