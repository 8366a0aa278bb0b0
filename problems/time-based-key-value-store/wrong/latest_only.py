# Wrong: keeps only the newest (timestamp, value) of each key, so a get about a time
# before the last set returns "" instead of the older value.
class TimeMap:
    def __init__(self) -> None:
        self.latest = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.latest[key] = (timestamp, value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.latest:
            return ""
        when, value = self.latest[key]
        return value if when <= timestamp else ""
