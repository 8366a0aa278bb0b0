# Accepted: the same halving, written recursively on [lo, hi].
def search_rotated(nums: list[int], target: int) -> int:
    def find(lo: int, hi: int) -> int:
        if lo > hi:
            return -1
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                return find(lo, mid - 1)
            return find(mid + 1, hi)
        if nums[mid] < target <= nums[hi]:
            return find(mid + 1, hi)
        return find(lo, mid - 1)

    return find(0, len(nums) - 1)
