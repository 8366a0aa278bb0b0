# Accepted: simulates frames of n + 1 units with a max-heap of remaining counts: each
# frame runs up to n + 1 different letters, most remaining first; a frame that is not the
# last one costs n + 1 units, idle or not.
import heapq
from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    heap = [-c for c in Counter(tasks).values()]
    heapq.heapify(heap)
    time = 0
    while heap:
        left = []
        ran = 0
        for _ in range(n + 1):
            if not heap:
                break
            c = -heapq.heappop(heap)
            ran += 1
            if c > 1:
                left.append(c - 1)
        for c in left:
            heapq.heappush(heap, -c)
        time += ran if not heap else n + 1
    return time
