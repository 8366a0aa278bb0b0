# Correct but O(capacity) per eviction: remembers when each key was last used and, to
# evict, looks through every key for the one used longest ago.
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.last_used: dict[int, int] = {}
        self.time = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.time += 1
        self.last_used[key] = self.time
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.last_used, key=self.last_used.__getitem__)
            del self.values[oldest]
            del self.last_used[oldest]
        self.values[key] = value
        self.time += 1
        self.last_used[key] = self.time
