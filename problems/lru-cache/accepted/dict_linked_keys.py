# Accepted: a doubly linked list without node objects: two dicts `prev` and `nxt` link
# the keys themselves, with the strings "head" and "tail" as sentinels.
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values = {}
        self.prev = {"tail": "head"}
        self.nxt = {"head": "tail"}

    def _remove(self, key):
        p, n = self.prev.pop(key), self.nxt.pop(key)
        self.nxt[p] = n
        self.prev[n] = p

    def _add_last(self, key):
        last = self.prev["tail"]
        self.nxt[last] = key
        self.prev[key] = last
        self.nxt[key] = "tail"
        self.prev["tail"] = key

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._remove(key)
        self._add_last(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self._remove(key)
        elif len(self.values) == self.capacity:
            oldest = self.nxt["head"]
            self._remove(oldest)
            del self.values[oldest]
        self.values[key] = value
        self._add_last(key)
