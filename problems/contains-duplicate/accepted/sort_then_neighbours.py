# Sorts a copy and compares neighbours: O(n log n), with a C sort as quick as a set here.
def contains_duplicate(nums: list[int]) -> bool:
    ordered = sorted(nums)
    return any(a == b for a, b in zip(ordered, ordered[1:]))
