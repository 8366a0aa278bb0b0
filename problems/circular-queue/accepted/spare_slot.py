# Accepted: capacity + 1 slots with one always left empty, so head == tail means empty
# and tail + 1 == head (modulo the length) means full; no count is kept.
class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.buf = [0] * (capacity + 1)
        self.head = self.tail = 0

    def enqueue(self, value: int) -> bool:
        nxt = (self.tail + 1) % len(self.buf)
        if nxt == self.head:
            return False
        self.buf[self.tail] = value
        self.tail = nxt
        return True

    def dequeue(self) -> bool:
        if self.head == self.tail:
            return False
        self.head = (self.head + 1) % len(self.buf)
        return True

    def front(self) -> int:
        return -1 if self.head == self.tail else self.buf[self.head]

    def rear(self) -> int:
        return -1 if self.head == self.tail else self.buf[(self.tail - 1) % len(self.buf)]

    def is_empty(self) -> bool:
        return self.head == self.tail

    def is_full(self) -> bool:
        return (self.tail + 1) % len(self.buf) == self.head
