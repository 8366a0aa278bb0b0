# Wrong: enqueue on a full queue overwrites the oldest value and returns True, as a
# logging ring buffer does, instead of refusing the value.
class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.data = [0] * capacity
        self.head = 0
        self.size = 0

    def enqueue(self, value: int) -> bool:
        cap = len(self.data)
        self.data[(self.head + self.size) % cap] = value
        if self.size == cap:
            self.head = (self.head + 1) % cap
        else:
            self.size += 1
        return True

    def dequeue(self) -> bool:
        if self.size == 0:
            return False
        self.head = (self.head + 1) % len(self.data)
        self.size -= 1
        return True

    def front(self) -> int:
        return self.data[self.head] if self.size else -1

    def rear(self) -> int:
        return self.data[(self.head + self.size - 1) % len(self.data)] if self.size else -1

    def is_empty(self) -> bool:
        return self.size == 0

    def is_full(self) -> bool:
        return self.size == len(self.data)
