# Accepted: a defaultdict of (timestamp, value) pairs per key and a hand-written binary
# search for the last pair whose timestamp is <= the one asked.
from collections import defaultdict


class TimeMap:
    def __init__(self) -> None:
        self.store = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.store[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        pairs = self.store.get(key, [])
        lo, hi = 0, len(pairs) - 1
        answer = ""
        while lo <= hi:
            mid = (lo + hi) // 2
            if pairs[mid][0] <= timestamp:
                answer = pairs[mid][1]
                lo = mid + 1
            else:
                hi = mid - 1
        return answer
