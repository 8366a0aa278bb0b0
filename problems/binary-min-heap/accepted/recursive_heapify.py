# Accepted: recursive sift-up and heapify-down helpers on a 0-indexed list; pop swaps the
# root with the last element first.
class MinHeap:
    def __init__(self) -> None:
        self.data = []

    def _up(self, i):
        parent = (i - 1) // 2
        if i > 0 and self.data[i] < self.data[parent]:
            self.data[i], self.data[parent] = self.data[parent], self.data[i]
            self._up(parent)

    def _down(self, i):
        smallest = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < len(self.data) and self.data[child] < self.data[smallest]:
                smallest = child
        if smallest != i:
            self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
            self._down(smallest)

    def push(self, val: int) -> None:
        self.data.append(val)
        self._up(len(self.data) - 1)

    def pop(self) -> int:
        self.data[0], self.data[-1] = self.data[-1], self.data[0]
        min = self.data.pop()
        self._down(0)
        return min

    def peek(self) -> int:
        return self.data[0]

    def __len__(self) -> int:
        return len(self.data)
