# Correct but O(n) per get: walks the key's history from the newest set backwards until
# it finds one at or before the asked time.
class TimeMap:
    def __init__(self) -> None:
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for when, value in reversed(self.history.get(key, [])):
            if when <= timestamp:
                return value
        return ""
