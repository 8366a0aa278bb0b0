# Accepted: a heap of (count, last use, key) entries with lazy deletion: an entry is stale
# when the key's current (count, last use) differs, and stale ones are skipped at eviction.
import heapq


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data = {}  # key -> [value, count, last use]
        self.heap = []
        self.clock = 0

    def _use(self, key):
        self.clock += 1
        entry = self.data[key]
        entry[1] += 1
        entry[2] = self.clock
        heapq.heappush(self.heap, (entry[1], entry[2], key))

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self._use(key)
        return self.data[key][0]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.data:
            self.data[key][0] = value
            self._use(key)
            return
        if len(self.data) == self.capacity:
            while True:
                count, when, old = heapq.heappop(self.heap)
                entry = self.data.get(old)
                if entry is not None and entry[1] == count and entry[2] == when:
                    del self.data[old]
                    break
        if len(self.heap) > 4 * self.capacity + 16:  # drop stale entries now and then
            self.heap = [(e[1], e[2], k) for k, e in self.data.items()]
            heapq.heapify(self.heap)
        self.clock += 1
        self.data[key] = [value, 1, self.clock]
        heapq.heappush(self.heap, (1, self.clock, key))
