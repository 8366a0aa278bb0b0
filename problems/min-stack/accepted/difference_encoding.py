# Accepted: stores each value as its difference from the minimum below it, keeping only
# one minimum variable (the "O(1) extra space" trick).
class MinStack:
    def __init__(self) -> None:
        self.diffs = []
        self.minimum = None

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.minimum = val
        else:
            self.diffs.append(val - self.minimum)
            if val < self.minimum:
                self.minimum = val

    def pop(self) -> None:
        d = self.diffs.pop()
        if d < 0:  # this element was the minimum; restore the previous one
            self.minimum -= d
        if not self.diffs:
            self.minimum = None

    def top(self) -> int:
        d = self.diffs[-1]
        return self.minimum if d < 0 else self.minimum + d

    def get_min(self) -> int:
        return self.minimum
