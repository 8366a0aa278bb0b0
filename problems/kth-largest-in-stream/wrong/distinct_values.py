# Wrong: keeps the numbers in a set, so duplicates count only once: for 5, 5, 3 it gives 3
# as the 2nd largest instead of 5.
class KthLargest:
    def __init__(self, k: int, nums: list[int]) -> None:
        self.k = k
        self.seen = set(nums)

    def add(self, val: int) -> int:
        self.seen.add(val)
        ordered = sorted(self.seen, reverse=True)
        return ordered[min(self.k, len(ordered)) - 1]
