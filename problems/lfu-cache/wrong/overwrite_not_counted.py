# Wrong: a put on a cached key replaces its value but neither raises its count nor
# makes it the most recent use, so the key is evicted as if it had not been touched.
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.cap = capacity
        self.vals = {}
        self.freq = {}
        self.groups = defaultdict(OrderedDict)
        self.low = 0

    def get(self, key: int) -> int:
        if key not in self.vals:
            return -1
        f = self.freq[key]
        del self.groups[f][key]
        if not self.groups[f] and self.low == f:
            self.low = f + 1
        self.freq[key] = f + 1
        self.groups[f + 1][key] = None
        return self.vals[key]

    def put(self, key: int, value: int) -> None:
        if self.cap == 0:
            return
        if key in self.vals:
            self.vals[key] = value
            return
        if len(self.vals) == self.cap:
            old, _ = self.groups[self.low].popitem(last=False)
            del self.vals[old], self.freq[old]
        self.vals[key] = value
        self.freq[key] = 1
        self.groups[1][key] = None
        self.low = 1
