# Accepted: heapq pops the meetings in start order (heapify a copy of tuples).
import heapq


def can_attend_all(intervals: list[list[int]]) -> bool:
    heap = [(s, e) for s, e in intervals]
    heapq.heapify(heap)
    last_end = float("-inf")
    while heap:
        start, end = heapq.heappop(heap)
        if start < last_end:
            return False
        last_end = end
    return True
