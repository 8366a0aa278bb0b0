# Accepted: plain dicts keep insertion order, so each count's bucket is a dict of keys and
# next(iter(bucket)) is the least recently used one with that count.
class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.cap = capacity
        self.val = {}
        self.freq = {}
        self.buckets = {}
        self.min_freq = 0

    def _touch(self, key):
        f = self.freq[key]
        del self.buckets[f][key]
        if not self.buckets[f]:
            del self.buckets[f]
            if self.min_freq == f:
                self.min_freq += 1
        self.freq[key] = f + 1
        self.buckets.setdefault(f + 1, {})[key] = True

    def get(self, key: int) -> int:
        if key not in self.val:
            return -1
        self._touch(key)
        return self.val[key]

    def put(self, key: int, value: int) -> None:
        if self.cap <= 0:
            return
        if key in self.val:
            self.val[key] = value
            self._touch(key)
            return
        if len(self.val) >= self.cap:
            bucket = self.buckets[self.min_freq]
            old = next(iter(bucket))
            del bucket[old]
            if not bucket:
                del self.buckets[self.min_freq]
            del self.val[old]
            del self.freq[old]
        self.val[key] = value
        self.freq[key] = 1
        self.buckets.setdefault(1, {})[key] = True
        self.min_freq = 1
