# Correct but slow: keeps every number and sorts the whole list again on each add.
class KthLargest:
    def __init__(self, k: int, nums: list[int]) -> None:
        self.k = k
        self.nums = list(nums)

    def add(self, val: int) -> int:
        self.nums.append(val)
        self.nums.sort(reverse=True)
        return self.nums[self.k - 1]
