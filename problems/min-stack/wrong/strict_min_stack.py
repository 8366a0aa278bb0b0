# Wrong: the stack of minimums only grows when val is strictly smaller, but shrinks whenever
# the popped value equals the minimum, so a repeated minimum is lost after one pop.
class MinStack:
    def __init__(self) -> None:
        self.items = []
        self.mins = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.mins or val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.items.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return self.mins[-1]
