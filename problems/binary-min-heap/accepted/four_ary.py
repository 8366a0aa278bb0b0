# Accepted: a 4-ary heap (children of i are 4i + 1 .. 4i + 4): shallower, so pushes climb
# fewer levels, and each sift-down step picks the smallest of up to four children.
class MinHeap:
    def __init__(self) -> None:
        self.a = []

    def push(self, val: int) -> None:
        a = self.a
        a.append(val)
        i = len(a) - 1
        while i:
            p = (i - 1) // 4
            if a[p] <= val:
                break
            a[i] = a[p]
            i = p
        a[i] = val

    def pop(self) -> int:
        a = self.a
        result = a[0]
        val = a.pop()
        n = len(a)
        if n:
            i = 0
            while True:
                first = 4 * i + 1
                if first >= n:
                    break
                best = min(range(first, min(first + 4, n)), key=a.__getitem__)
                if a[best] >= val:
                    break
                a[i] = a[best]
                i = best
            a[i] = val
        return result

    def peek(self) -> int:
        return self.a[0]

    def __len__(self) -> int:
        return len(self.a)
