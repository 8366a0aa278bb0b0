# Accepted: a for loop over the left index; the right index only moves down, so the
# whole scan is O(n).
def two_sum_sorted(numbers: list[int], target: int) -> list[int]:
    hi = len(numbers) - 1
    for lo in range(len(numbers)):
        while hi > lo and numbers[lo] + numbers[hi] > target:
            hi -= 1
        if hi <= lo:
            break
        if numbers[lo] + numbers[hi] == target:
            return [lo, hi]
    return []
