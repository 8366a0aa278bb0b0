# Wrong: turns a set into an add with the value from the original list, but never
# records the new value, so a second update of the same index subtracts the wrong amount.
class RangeSumArray:
    def __init__(self, nums: list[int]) -> None:
        self.nums = nums[:]
        self.tree = [0] * (len(nums) + 1)
        for i, x in enumerate(nums):
            self._add(i + 1, x)

    def _add(self, i, delta):
        while i < len(self.tree):
            self.tree[i] += delta
            i += i & -i

    def _prefix(self, i):
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s

    def update(self, index: int, val: int) -> None:
        self._add(index + 1, val - self.nums[index])

    def sum_range(self, left: int, right: int) -> int:
        return self._prefix(right + 1) - self._prefix(left)
