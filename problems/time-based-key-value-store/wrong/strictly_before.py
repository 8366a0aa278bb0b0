# Wrong: searches with bisect_left, so a set at exactly the asked timestamp is skipped
# and the value before it (or "") is returned.
import bisect


class TimeMap:
    def __init__(self) -> None:
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        i = bisect.bisect_left(self.times[key], timestamp)
        return self.values[key][i - 1] if i > 0 else ""
