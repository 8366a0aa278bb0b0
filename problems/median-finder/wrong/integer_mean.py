# Wrong: the mean of the two middle numbers uses integer division, so a median such as
# 1.5 comes out as 1 (and -3.5 as -4).
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.small = []
        self.large = []

    def add_num(self, num: int) -> None:
        heapq.heappush(self.small, -num)
        heapq.heappush(self.large, -heapq.heappop(self.small))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def find_median(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (self.large[0] - self.small[0]) // 2
