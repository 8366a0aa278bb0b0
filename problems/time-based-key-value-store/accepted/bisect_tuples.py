# Accepted: one list of (timestamp, value) tuples per key, searched with bisect on a
# probe tuple that sorts after every value stored at that timestamp.
import bisect


class TimeMap:
    def __init__(self) -> None:
        self.d = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self.d:
            self.d[key] = []
        self.d[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.d:
            return ""
        lst = self.d[key]
        i = bisect.bisect(lst, (timestamp, chr(127)))
        if i == 0:
            return ""
        return lst[i - 1][1]
