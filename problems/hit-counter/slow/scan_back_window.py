# Correct but O(hits in the window) per get_hits: walks back from the newest hit while it
# is inside the window; with thousands of hits in five minutes that is O(n) per query.
class HitCounter:
    def __init__(self) -> None:
        self.hits = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        count = 0
        i = len(self.hits) - 1
        while i >= 0 and self.hits[i] > timestamp - 300:
            count += 1
            i -= 1
        return count
