# Accepted: a list of [timestamp, value] lists per key, searched with bisect_right's
# key= argument (Python 3.10+) so no parallel list of timestamps is kept.
from bisect import bisect_right


class TimeMap:
    def __init__(self) -> None:
        self.history: dict[str, list[list]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append([timestamp, value])

    def get(self, key: str, timestamp: int) -> str:
        entries = self.history.get(key, [])
        i = bisect_right(entries, timestamp, key=lambda entry: entry[0])
        return entries[i - 1][1] if i > 0 else ""
