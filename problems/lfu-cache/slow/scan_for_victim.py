# Correct but O(capacity) per eviction: each key keeps its count and the time of its last
# use, and an eviction searches all keys for the smallest (count, last use).
class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.last = {}
        self.tick = 0

    def _use(self, key):
        self.tick += 1
        self.counts[key] += 1
        self.last[key] = self.tick

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.values:
            self.values[key] = value
            self._use(key)
            return
        if len(self.values) == self.capacity:
            victim = min(self.values, key=lambda k: (self.counts[k], self.last[k]))
            del self.values[victim], self.counts[victim], self.last[victim]
        self.tick += 1
        self.values[key] = value
        self.counts[key] = 1
        self.last[key] = self.tick
