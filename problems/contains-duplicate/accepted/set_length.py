# Accepted: one-liner comparing the length of the set with the length of the list.
def contains_duplicate(nums: list[int]) -> bool:
    return len(set(nums)) != len(nums)
