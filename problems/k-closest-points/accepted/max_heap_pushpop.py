# Accepted: a max-heap of (-distance, x, y) tuples capped at k with heappushpop;
# the kept points are turned back into [x, y] lists.
import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    heap = []
    for x, y in points:
        item = (-(x * x + y * y), x, y)
        if len(heap) < k:
            heapq.heappush(heap, item)
        else:
            heapq.heappushpop(heap, item)
    return [[x, y] for _, x, y in heap]
