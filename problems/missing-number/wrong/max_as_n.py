# Wrong: takes n from the largest value instead of the length, so when n itself is missing (or the list is empty) the answer comes out as 0 or fails.
def missing_number(nums: list[int]) -> int:
    n = max(nums)
    return n * (n + 1) // 2 - sum(nums)
