# Accepted: a list of slots with separate head and tail indices plus a count, each index
# advanced with an if instead of a modulo.
class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.data = [None] * capacity
        self.k = capacity
        self.head = 0
        self.tail = 0  # where the next value goes
        self.count = 0

    def enqueue(self, value: int) -> bool:
        if self.count == self.k:
            return False
        self.data[self.tail] = value
        self.tail += 1
        if self.tail == self.k:
            self.tail = 0
        self.count += 1
        return True

    def dequeue(self) -> bool:
        if self.count == 0:
            return False
        self.data[self.head] = None
        self.head += 1
        if self.head == self.k:
            self.head = 0
        self.count -= 1
        return True

    def front(self) -> int:
        if self.count == 0:
            return -1
        return self.data[self.head]

    def rear(self) -> int:
        if self.count == 0:
            return -1
        return self.data[self.tail - 1]  # tail 0: index -1 is the last slot

    def is_empty(self) -> bool:
        return self.count == 0

    def is_full(self) -> bool:
        return self.count == self.k
