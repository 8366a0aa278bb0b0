# Wrong: balances only the sizes of the two heaps, never their order: a number pushed
# into the lower half may be larger than the upper half's smallest, and the tops are no
# longer the middle numbers.
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.low = []  # negated
        self.high = []

    def add_num(self, num: int) -> None:
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
