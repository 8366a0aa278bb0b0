# Accepted: a recursive segment tree over [lo, hi] ranges, node k with children 2k and
# 2k + 1, built, updated and queried by recursion (depth O(log n)).
class RangeSumArray:
    def __init__(self, nums: list[int]) -> None:
        self.n = len(nums)
        self.sums = [0] * (4 * self.n)
        self._build(nums, 1, 0, self.n - 1)

    def _build(self, nums, k, lo, hi):
        if lo == hi:
            self.sums[k] = nums[lo]
            return
        mid = (lo + hi) // 2
        self._build(nums, 2 * k, lo, mid)
        self._build(nums, 2 * k + 1, mid + 1, hi)
        self.sums[k] = self.sums[2 * k] + self.sums[2 * k + 1]

    def _set(self, k, lo, hi, index, val):
        if lo == hi:
            self.sums[k] = val
            return
        mid = (lo + hi) // 2
        if index <= mid:
            self._set(2 * k, lo, mid, index, val)
        else:
            self._set(2 * k + 1, mid + 1, hi, index, val)
        self.sums[k] = self.sums[2 * k] + self.sums[2 * k + 1]

    def _sum(self, k, lo, hi, left, right):
        if right < lo or hi < left:
            return 0
        if left <= lo and hi <= right:
            return self.sums[k]
        mid = (lo + hi) // 2
        return (self._sum(2 * k, lo, mid, left, right)
                + self._sum(2 * k + 1, mid + 1, hi, left, right))

    def update(self, index: int, val: int) -> None:
        self._set(1, 0, self.n - 1, index, val)

    def sum_range(self, left: int, right: int) -> int:
        return self._sum(1, 0, self.n - 1, left, right)
