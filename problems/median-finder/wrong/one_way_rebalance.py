# Wrong: moves numbers from the lower half to the upper half when the lower one is too
# big, but never back, so after a run of large numbers the upper half holds more and the
# lower half's top is no longer the median.
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.low = []  # negated
        self.high = []

    def add_num(self, num: int) -> None:
        if self.low and num > -self.low[0]:
            heapq.heappush(self.high, num)
        else:
            heapq.heappush(self.low, -num)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
