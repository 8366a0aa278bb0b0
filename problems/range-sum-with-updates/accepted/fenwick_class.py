# Accepted: a separate 1-indexed Fenwick class built by n point additions (O(n log n)),
# wrapped by the array class, which keeps the current values to turn a set into an add.
class Fenwick:
    def __init__(self, n):
        self.bit = [0] * (n + 1)

    def add(self, i, delta):
        while i < len(self.bit):
            self.bit[i] += delta
            i += i & (-i)

    def prefix(self, i):
        s = 0
        while i:
            s += self.bit[i]
            i -= i & (-i)
        return s


class RangeSumArray:
    def __init__(self, nums: list[int]) -> None:
        self.values = nums[:]
        self.fw = Fenwick(len(nums))
        for i, x in enumerate(nums):
            self.fw.add(i + 1, x)

    def update(self, index: int, val: int) -> None:
        self.fw.add(index + 1, val - self.values[index])
        self.values[index] = val

    def sum_range(self, left: int, right: int) -> int:
        return self.fw.prefix(right + 1) - self.fw.prefix(left)
