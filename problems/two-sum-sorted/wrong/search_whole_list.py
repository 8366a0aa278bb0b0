# Wrong: binary-searches the complement in the whole list, so when the complement is the
# number itself it can return the same position twice.
from bisect import bisect_left


def two_sum_sorted(numbers: list[int], target: int) -> list[int]:
    for i, value in enumerate(numbers):
        j = bisect_left(numbers, target - value)
        if j < len(numbers) and numbers[j] == target - value:
            return sorted([i, j])
    return []
