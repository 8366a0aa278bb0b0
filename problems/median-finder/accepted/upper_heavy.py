# Accepted: the upper half (a min-heap) keeps the extra number for odd counts, and each
# new number is first compared with the top of the upper half; the sizes are fixed after.
from heapq import heappop, heappush


class MedianFinder:
    def __init__(self) -> None:
        self.lo = []  # max-heap of the lower half, as negatives
        self.hi = []
        self.n = 0

    def add_num(self, num: int) -> None:
        self.n += 1
        if not self.hi or num >= self.hi[0]:
            heappush(self.hi, num)
        else:
            heappush(self.lo, -num)
        while len(self.hi) > len(self.lo) + 1:
            heappush(self.lo, -heappop(self.hi))
        while len(self.lo) > len(self.hi):
            heappush(self.hi, -heappop(self.lo))

    def find_median(self) -> float:
        if self.n % 2:
            return float(self.hi[0])
        return (self.hi[0] + -self.lo[0]) * 0.5
