# Correct but O(n) per pop: keeps the values unordered and, to pop, finds the smallest
# with min(), swaps it with the last value and pops that.
class MinHeap:
    def __init__(self) -> None:
        self.values = []

    def push(self, val: int) -> None:
        self.values.append(val)

    def pop(self) -> int:
        i = self.values.index(min(self.values))
        self.values[i], self.values[-1] = self.values[-1], self.values[i]
        return self.values.pop()

    def peek(self) -> int:
        return min(self.values)

    def __len__(self) -> int:
        return len(self.values)
