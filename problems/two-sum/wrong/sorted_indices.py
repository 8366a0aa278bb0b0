# Wrong: two pointers on a sorted copy return positions in the sorted copy, not in nums.
def two_sum(nums: list[int], target: int) -> list[int]:
    values = sorted(nums)
    lo, hi = 0, len(values) - 1
    while lo < hi:
        total = values[lo] + values[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
