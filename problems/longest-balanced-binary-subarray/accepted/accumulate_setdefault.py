# Prefix sums of +1/-1 with itertools.accumulate; setdefault keeps the first index of each.
from itertools import accumulate


def find_max_length(nums: list[int]) -> int:
    seen = {0: 0}
    longest = 0
    for end, total in enumerate(accumulate(2 * x - 1 for x in nums), 1):
        longest = max(longest, end - seen.setdefault(total, end))
    return longest
