# Wrong: breaks ties among the lowest count by the order keys were first inserted
# (a dict's order) instead of by their most recent use.
class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values = {}
        self.counts = {}

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.counts[key] += 1
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.values:
            self.values[key] = value
            self.counts[key] += 1
            return
        if len(self.values) == self.capacity:
            victim = min(self.counts, key=self.counts.get)  # first key with the lowest count
            del self.values[victim]
            del self.counts[victim]
        self.values[key] = value
        self.counts[key] = 1
