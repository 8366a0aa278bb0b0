# Accepted: the sum of 0..n minus the sum of the list.
def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
