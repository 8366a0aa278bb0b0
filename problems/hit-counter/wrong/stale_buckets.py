# Wrong: 300 buckets indexed by timestamp % 300; a hit resets a bucket left over from an
# older second, but get_hits adds up every bucket without checking its second, so after a
# long gap hits from long ago are still counted.
class HitCounter:
    def __init__(self) -> None:
        self.times = [0] * 300
        self.counts = [0] * 300

    def hit(self, timestamp: int) -> None:
        slot = timestamp % 300
        if self.times[slot] != timestamp:
            self.times[slot] = timestamp
            self.counts[slot] = 0
        self.counts[slot] += 1

    def get_hits(self, timestamp: int) -> int:
        return sum(self.counts)
