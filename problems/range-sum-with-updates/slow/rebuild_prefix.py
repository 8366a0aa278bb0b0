# Correct but O(n) per update: an O(1) query from a prefix-sum array, rebuilt from the
# changed position onwards after every update.
class RangeSumArray:
    def __init__(self, nums: list[int]) -> None:
        self.nums = list(nums)
        self.prefix = [0]
        for x in nums:
            self.prefix.append(self.prefix[-1] + x)

    def update(self, index: int, val: int) -> None:
        delta = val - self.nums[index]
        self.nums[index] = val
        for i in range(index + 1, len(self.prefix)):
            self.prefix[i] += delta

    def sum_range(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
