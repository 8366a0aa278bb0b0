# Wrong: records the seconds that had a hit in a set, so several hits at one timestamp
# count once.
class HitCounter:
    def __init__(self) -> None:
        self.seconds = set()

    def hit(self, timestamp: int) -> None:
        self.seconds.add(timestamp)

    def get_hits(self, timestamp: int) -> int:
        return sum(1 for s in self.seconds if timestamp - 300 < s <= timestamp)
