# Wrong: sift-down always swaps with the left child, never checking whether the right
# child is smaller, so the smaller value can end up below a larger one.
class MinHeap:
    def __init__(self) -> None:
        self.h = []

    def push(self, val: int) -> None:
        h = self.h
        h.append(val)
        i = len(h) - 1
        while i > 0 and h[(i - 1) // 2] > h[i]:
            h[i], h[(i - 1) // 2] = h[(i - 1) // 2], h[i]
            i = (i - 1) // 2

    def pop(self) -> int:
        h = self.h
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while 2 * i + 1 < len(h) and h[2 * i + 1] < h[i]:
                h[i], h[2 * i + 1] = h[2 * i + 1], h[i]
                i = 2 * i + 1
        return top

    def peek(self) -> int:
        return self.h[0]

    def __len__(self) -> int:
        return len(self.h)
