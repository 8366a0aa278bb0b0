# Wrong: pop moves the last element to the root before removing it, so popping the only
# element leaves it in place: the heap never empties.
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
        h[0] = h[-1]
        if len(h) > 1:
            h.pop()
        i, n = 0, len(h)
        while True:
            c = 2 * i + 1
            if c >= n:
                break
            if c + 1 < n and h[c + 1] < h[c]:
                c += 1
            if h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
        return top

    def peek(self) -> int:
        return self.h[0]

    def __len__(self) -> int:
        return len(self.h)
