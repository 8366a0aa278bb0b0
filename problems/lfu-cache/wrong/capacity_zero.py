# Wrong: with capacity 0 the cache is "full" at once, and the eviction looks for the
# lowest count in an empty cache, which fails.
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
        if key in self.values:
            self.values[key] = value
            self._use(key)
            return
        if len(self.values) >= self.capacity:
            victim = min(self.values, key=lambda k: (self.counts[k], self.last[k]))
            del self.values[victim], self.counts[victim], self.last[victim]
        self.tick += 1
        self.values[key] = value
        self.counts[key] = 1
        self.last[key] = self.tick
