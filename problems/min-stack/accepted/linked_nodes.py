# Accepted: a singly linked stack of nodes, each remembering the minimum at its level.
class _Node:
    def __init__(self, val, minimum, below):
        self.val = val
        self.minimum = minimum
        self.below = below


class MinStack:
    def __init__(self) -> None:
        self.head = None

    def push(self, val: int) -> None:
        if self.head is None:
            self.head = _Node(val, val, None)
        else:
            self.head = _Node(val, min(val, self.head.minimum), self.head)

    def pop(self) -> None:
        self.head = self.head.below

    def top(self) -> int:
        return self.head.val

    def get_min(self) -> int:
        return self.head.minimum
