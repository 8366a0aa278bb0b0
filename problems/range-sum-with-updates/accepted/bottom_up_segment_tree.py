# Accepted: an iterative segment tree in a list of 2n cells (leaves at n..2n-1); a range
# sum climbs from both ends towards the root.
class RangeSumArray:
    def __init__(self, nums: list[int]) -> None:
        self.n = n = len(nums)
        self.tree = [0] * n + list(nums)
        for i in range(n - 1, 0, -1):
            self.tree[i] = self.tree[2 * i] + self.tree[2 * i + 1]

    def update(self, index: int, val: int) -> None:
        i = index + self.n
        self.tree[i] = val
        while i > 1:
            i //= 2
            self.tree[i] = self.tree[2 * i] + self.tree[2 * i + 1]

    def sum_range(self, left: int, right: int) -> int:
        lo, hi = left + self.n, right + self.n + 1
        total = 0
        while lo < hi:
            if lo & 1:
                total += self.tree[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                total += self.tree[hi]
            lo //= 2
            hi //= 2
        return total
