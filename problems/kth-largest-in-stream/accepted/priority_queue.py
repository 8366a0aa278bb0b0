# Accepted: queue.PriorityQueue (a locked heap) holding the k largest; peeks at .queue[0].
from queue import PriorityQueue


class KthLargest:
    def __init__(self, k: int, nums: list[int]) -> None:
        self.k = k
        self.pq = PriorityQueue()
        for num in nums:
            self.add_only(num)

    def add_only(self, val: int) -> None:
        self.pq.put(val)
        if self.pq.qsize() > self.k:
            self.pq.get()

    def add(self, val: int) -> int:
        self.add_only(val)
        return self.pq.queue[0]
