# Accepted: one deque entry per hit; get_hits drops the expired ones from the left and
# returns the length. Each hit is appended once and popped at most once.
from collections import deque


class HitCounter:
    def __init__(self) -> None:
        self.hits = deque()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        while self.hits and self.hits[0] <= timestamp - 300:
            self.hits.popleft()
        return len(self.hits)
