# Wrong: keeps only a head and a tail index, and reads head == tail as "empty", so a
# queue filled to capacity (where the tail has wrapped onto the head) looks empty.
class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.data = [0] * capacity
        self.head = 0
        self.tail = 0
        self.full = False

    def enqueue(self, value: int) -> bool:
        if self.full:
            return False
        self.data[self.tail] = value
        self.tail = (self.tail + 1) % len(self.data)
        self.full = self.tail == self.head
        return True

    def dequeue(self) -> bool:
        if self.head == self.tail:
            return False
        self.head = (self.head + 1) % len(self.data)
        self.full = False
        return True

    def front(self) -> int:
        return -1 if self.head == self.tail else self.data[self.head]

    def rear(self) -> int:
        return -1 if self.head == self.tail else self.data[self.tail - 1]

    def is_empty(self) -> bool:
        return self.head == self.tail

    def is_full(self) -> bool:
        return self.full
