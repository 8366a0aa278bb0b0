# Accepted: recursion on halves; a half that is already sorted (its first value is below
# its last) gives its first value at once.
def find_min_rotated(nums: list[int]) -> int:
    def smallest(lo: int, hi: int) -> int:
        if nums[lo] <= nums[hi]:
            return nums[lo]
        mid = (lo + hi) // 2
        return min(smallest(lo, mid), smallest(mid + 1, hi))

    return smallest(0, len(nums) - 1)
