# Accepted: puts the values in a set and returns the first of 0..n that is not in it.
def missing_number(nums: list[int]) -> int:
    seen = set(nums)
    for x in range(len(nums) + 1):
        if x not in seen:
            return x
    return -1
