# Accepted: the textbook 1-indexed array (a dummy at index 0), so the parent of i is i // 2
# and its children are 2i and 2i + 1; swaps with tuple assignment.
class MinHeap:
    def __init__(self) -> None:
        self.heap = [None]

    def push(self, val: int) -> None:
        h = self.heap
        h.append(val)
        i = len(h) - 1
        while i > 1 and h[i // 2] > h[i]:
            h[i], h[i // 2] = h[i // 2], h[i]
            i //= 2

    def pop(self) -> int:
        h = self.heap
        top = h[1]
        h[1] = h[-1]
        h.pop()
        i = 1
        n = len(h) - 1
        while 2 * i <= n:
            c = 2 * i
            if c + 1 <= n and h[c + 1] < h[c]:
                c += 1
            if h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
        return top

    def peek(self) -> int:
        return self.heap[1]

    def __len__(self) -> int:
        return len(self.heap) - 1
