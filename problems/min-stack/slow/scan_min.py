# Correct but O(n) per get_min: scans the whole stack for its smallest element.
class MinStack:
    def __init__(self) -> None:
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return min(self.items)
