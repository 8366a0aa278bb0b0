# Accepted: a deque of (key, stamp) uses with lazy deletion; an entry is stale when the
# key was used again later. Each use appends once and is popped at most once: amortized O(1).
from collections import deque


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data = {}  # key -> [value, stamp of its latest use]
        self.uses = deque()
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.data[key][1] = self.clock
        self.uses.append((key, self.clock))

    def get(self, key: int) -> int:
        entry = self.data.get(key)
        if entry is None:
            return -1
        self._touch(key)
        return entry[0]

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data[key][0] = value
            self._touch(key)
            return
        if len(self.data) == self.capacity:
            while True:
                old, stamp = self.uses.popleft()
                if old in self.data and self.data[old][1] == stamp:
                    del self.data[old]
                    break
        self.data[key] = [value, 0]
        self._touch(key)
