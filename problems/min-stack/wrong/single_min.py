# Wrong: keeps one variable for the minimum and never restores it on pop, so after the
# minimum is popped (or the stack is emptied) get_min returns a value no longer stored.
class MinStack:
    def __init__(self) -> None:
        self.items = []
        self.smallest = None

    def push(self, val: int) -> None:
        self.items.append(val)
        if self.smallest is None or val < self.smallest:
            self.smallest = val

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return self.smallest
