# Wrong: leaves one slot empty to tell full from empty but allocates only capacity slots,
# so the queue is full one value early (a capacity-1 queue refuses every enqueue).
class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.buf = [0] * capacity
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
