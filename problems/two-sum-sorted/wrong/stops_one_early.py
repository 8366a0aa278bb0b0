# Wrong: the loop condition lo + 1 < hi stops before comparing two neighbouring positions,
# so a pair of adjacent numbers (or a list of two) is never found.
def two_sum_sorted(numbers: list[int], target: int) -> list[int]:
    lo, hi = 0, len(numbers) - 1
    while lo + 1 < hi:
        total = numbers[lo] + numbers[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
