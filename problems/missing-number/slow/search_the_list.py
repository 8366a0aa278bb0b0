# Slow: checks each of 0..n with `in` on the list, a scan per candidate: O(n^2).
def missing_number(nums: list[int]) -> int:
    for candidate in range(len(nums) + 1):
        if candidate not in nums:
            return candidate
    return -1
