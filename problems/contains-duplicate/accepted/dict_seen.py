# Accepted: a dict of first positions, stopping at the first value seen twice.
def contains_duplicate(nums: list[int]) -> bool:
    first_seen = {}
    for i, value in enumerate(nums):
        if value in first_seen:
            return True
        first_seen[value] = i
    return False
