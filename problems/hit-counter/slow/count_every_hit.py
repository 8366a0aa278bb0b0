# Correct but O(total hits) per get_hits: keeps every hit and counts those inside the
# window by looking at all of them.
class HitCounter:
    def __init__(self) -> None:
        self.hits = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        return sum(1 for t in self.hits if timestamp - 300 < t <= timestamp)
