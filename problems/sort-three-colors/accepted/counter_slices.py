# Counts with collections.Counter and fills each color's block by slice assignment of a
# repeated value, one block at a time, in a for loop over the three colors.
from collections import Counter


def sort_colors(nums: list[int]) -> None:
    counts = Counter(nums)
    start = 0
    for color in (0, 1, 2):
        for i in range(start, start + counts[color]):
            nums[i] = color
        start += counts[color]
