# Wrong: a new key enters with count 1 but the lowest count is not reset to 1, so the
# next eviction takes a key from a higher count's bucket while a count-1 key stays
# (the lowest count is only searched for again when its own bucket is empty).
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.cap = capacity
        self.vals = {}
        self.freq = {}
        self.groups = defaultdict(OrderedDict)
        self.low = 1

    def _inc(self, key):
        f = self.freq[key]
        del self.groups[f][key]
        if not self.groups[f] and self.low == f:
            self.low = f + 1
        self.freq[key] = f + 1
        self.groups[f + 1][key] = None

    def get(self, key: int) -> int:
        if key not in self.vals:
            return -1
        self._inc(key)
        return self.vals[key]

    def put(self, key: int, value: int) -> None:
        if self.cap == 0:
            return
        if key in self.vals:
            self.vals[key] = value
            self._inc(key)
            return
        if len(self.vals) == self.cap:
            if not self.groups[self.low]:  # its bucket emptied: find the real lowest
                self.low = min(f for f in self.groups if self.groups[f])
            old, _ = self.groups[self.low].popitem(last=False)
            del self.vals[old], self.freq[old]
        self.vals[key] = value
        self.freq[key] = 1
        self.groups[1][key] = None
