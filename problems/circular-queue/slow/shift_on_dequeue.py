# Correct but O(capacity) per dequeue: the oldest value always sits in slot 0, so each
# dequeue moves every remaining value one slot forward.
class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.slots = [0] * capacity
        self.size = 0

    def enqueue(self, value: int) -> bool:
        if self.size == len(self.slots):
            return False
        self.slots[self.size] = value
        self.size += 1
        return True

    def dequeue(self) -> bool:
        if self.size == 0:
            return False
        for i in range(1, self.size):
            self.slots[i - 1] = self.slots[i]
        self.size -= 1
        return True

    def front(self) -> int:
        return self.slots[0] if self.size else -1

    def rear(self) -> int:
        return self.slots[self.size - 1] if self.size else -1

    def is_empty(self) -> bool:
        return self.size == 0

    def is_full(self) -> bool:
        return self.size == len(self.slots)
