# Correct but O(n) per pop: remembers the minimum so peek is O(1), but after a pop it
# rescans every value to find the new one.
class MinHeap:
    def __init__(self) -> None:
        self.items = []
        self.low = None

    def push(self, val: int) -> None:
        self.items.append(val)
        if self.low is None or val < self.low:
            self.low = val

    def pop(self) -> int:
        smallest = self.low
        self.items.remove(smallest)
        self.low = None
        for x in self.items:
            if self.low is None or x < self.low:
                self.low = x
        return smallest

    def peek(self) -> int:
        return self.low

    def __len__(self) -> int:
        return len(self.items)
