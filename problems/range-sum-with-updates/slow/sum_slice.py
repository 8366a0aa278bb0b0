# Correct but O(n) per query: keeps the plain list and sums the slice on every call.
class RangeSumArray:
    def __init__(self, nums: list[int]) -> None:
        self.nums = list(nums)

    def update(self, index: int, val: int) -> None:
        self.nums[index] = val

    def sum_range(self, left: int, right: int) -> int:
        return sum(self.nums[left:right + 1])
