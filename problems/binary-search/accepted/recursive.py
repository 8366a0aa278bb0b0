# Accepted: recursive binary search on index bounds (no slicing).
def binary_search(nums: list[int], target: int) -> int:
    def search(lo: int, hi: int) -> int:
        if lo > hi:
            return -1
        mid = lo + (hi - lo) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            return search(mid + 1, hi)
        return search(lo, mid - 1)

    return search(0, len(nums) - 1)
