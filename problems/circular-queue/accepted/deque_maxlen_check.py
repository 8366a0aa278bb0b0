# Accepted: a collections.deque holds the values, and the capacity is checked by hand
# before each append (deque's own maxlen would drop the oldest value instead).
from collections import deque


class CircularQueue:
    def __init__(self, capacity: int) -> None:
        self.q = deque()
        self.cap = capacity

    def enqueue(self, value: int) -> bool:
        if len(self.q) >= self.cap:
            return False
        self.q.append(value)
        return True

    def dequeue(self) -> bool:
        if not self.q:
            return False
        self.q.popleft()
        return True

    def front(self) -> int:
        return self.q[0] if self.q else -1

    def rear(self) -> int:
        return self.q[-1] if self.q else -1

    def is_empty(self) -> bool:
        return not self.q

    def is_full(self) -> bool:
        return len(self.q) == self.cap
