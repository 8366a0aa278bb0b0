# Wrong: bounds the heap at k with heapq's min-heap on the plain distance, so each pop
# throws away the closest point and the heap ends with the k farthest.
import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
