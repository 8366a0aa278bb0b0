# Accepted: parallel lists of distinct timestamps and their counts, a start index that
# only moves forward past expired seconds, and a running sum of the counts in the window.
class HitCounter:
    def __init__(self) -> None:
        self.stamps = []
        self.counts = []
        self.start = 0
        self.inside = 0

    def _expire(self, now):
        while self.start < len(self.stamps) and self.stamps[self.start] + 300 <= now:
            self.inside -= self.counts[self.start]
            self.start += 1

    def hit(self, timestamp: int) -> None:
        self._expire(timestamp)
        if self.stamps and self.stamps[-1] == timestamp:
            self.counts[-1] += 1
        else:
            self.stamps.append(timestamp)
            self.counts.append(1)
        self.inside += 1

    def get_hits(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.inside
