# Wrong: drops a hit only once it is more than 300 seconds old, so a hit exactly 300
# seconds before the query is still counted: the window is [t - 300, t], one second too wide.
from collections import deque


class HitCounter:
    def __init__(self) -> None:
        self.hits = deque()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        while self.hits and self.hits[0] < timestamp - 300:
            self.hits.popleft()
        return len(self.hits)
