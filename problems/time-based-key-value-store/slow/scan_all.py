# Correct but O(n) per get: looks at every set of the key and keeps the latest one whose
# timestamp is not after the asked time.
class TimeMap:
    def __init__(self) -> None:
        self.data = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self.data:
            self.data[key] = []
        self.data[key].append([timestamp, value])

    def get(self, key: str, timestamp: int) -> str:
        best, result = -1, ""
        for t, v in self.data.get(key, []):
            if t <= timestamp and t > best:
                best, result = t, v
        return result
