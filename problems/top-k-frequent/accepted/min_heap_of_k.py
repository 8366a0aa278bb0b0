# A min-heap of (count, value) pairs that never holds more than k of them.
import heapq


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    count = {}
    for n in nums:
        count[n] = count.get(n, 0) + 1
    heap = []
    for value, c in count.items():
        heapq.heappush(heap, (c, value))
        if len(heap) > k:
            heapq.heappop(heap)
    return [value for _, value in heap]
