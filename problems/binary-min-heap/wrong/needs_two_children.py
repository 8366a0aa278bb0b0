# Wrong: sift-down only runs while a node has two children (2i + 2 < n), so a node whose
# only child is a left child is never compared with it.
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
        h[0], h[-1] = h[-1], h[0]
        top = h.pop()
        i, n = 0, len(h)
        while 2 * i + 2 < n:
            c = 2 * i + 1 if h[2 * i + 1] <= h[2 * i + 2] else 2 * i + 2
            if h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
        return top

    def peek(self) -> int:
        return self.h[0]

    def __len__(self) -> int:
        return len(self.h)
