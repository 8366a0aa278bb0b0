# Accepted: every number passes through the max-heap of the lower half into the min-heap
# of the upper half (heappushpop), and the upper half gives one back when it grows larger.
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.small = []  # negated values
        self.large = []

    def add_num(self, num: int) -> None:
        heapq.heappush(self.large, -heapq.heappushpop(self.small, -num))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def find_median(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (self.large[0] - self.small[0]) / 2.0
