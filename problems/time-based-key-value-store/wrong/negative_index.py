# Wrong: when every set of the key came after the asked time, bisect gives 0 and index
# -1 returns the key's newest value instead of "".
import bisect
from collections import defaultdict


class TimeMap:
    def __init__(self) -> None:
        self.times = defaultdict(list)
        self.values = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        i = bisect.bisect_right(self.times[key], timestamp)
        return self.values[key][i - 1]
