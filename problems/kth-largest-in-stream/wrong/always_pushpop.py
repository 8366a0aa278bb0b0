# Wrong: always uses heappushpop, which never lets the heap grow, so when nums starts with
# only k - 1 numbers the heap keeps k - 1 of them and its top is the (k-1)-th largest.
import heapq


class KthLargest:
    def __init__(self, k: int, nums: list[int]) -> None:
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if self.heap:
            heapq.heappushpop(self.heap, val)
        else:
            self.heap.append(val)
        return self.heap[0]
