# Correct but O(n): `in` and list.index read the list from the left.
def search_rotated(nums: list[int], target: int) -> int:
    return nums.index(target) if target in nums else -1
