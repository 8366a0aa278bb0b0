# Wrong: removes expired hits only when a new hit arrives, so a get_hits long after the
# last hit still counts hits that have left the window.
from collections import deque


class HitCounter:
    def __init__(self) -> None:
        self.hits = deque()

    def hit(self, timestamp: int) -> None:
        while self.hits and self.hits[0] <= timestamp - 300:
            self.hits.popleft()
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        return len(self.hits)
