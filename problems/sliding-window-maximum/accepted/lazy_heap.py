# Accepted: heapq of (-value, index) pairs; tops that have left the window are popped lazily. O(n log n).
import heapq


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    heap = [(-nums[i], i) for i in range(k)]
    heapq.heapify(heap)
    out = [-heap[0][0]]
    for i in range(k, len(nums)):
        heapq.heappush(heap, (-nums[i], i))
        while heap[0][1] <= i - k:
            heapq.heappop(heap)
        out.append(-heap[0][0])
    return out
