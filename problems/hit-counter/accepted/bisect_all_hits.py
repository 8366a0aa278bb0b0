# Accepted: keeps every hit in a list, sorted because timestamps never decrease, and
# counts the hits after t - 300 with bisect: O(log n) per query, nothing ever removed.
from bisect import bisect_right


class HitCounter:
    def __init__(self) -> None:
        self.times = []

    def hit(self, timestamp: int) -> None:
        self.times.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        return len(self.times) - bisect_right(self.times, timestamp - 300)
