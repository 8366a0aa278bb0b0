# Wrong: measures an interval as end - start, forgetting that both endpoints count.
import heapq


def min_interval_size(intervals: list[list[int]], queries: list[int]) -> list[int]:
    intervals = sorted(intervals)
    heap, i = [], 0
    res = [-1] * len(queries)
    for qi in sorted(range(len(queries)), key=lambda j: queries[j]):
        q = queries[qi]
        while i < len(intervals) and intervals[i][0] <= q:
            a, b = intervals[i]
            heapq.heappush(heap, (b - a, b))
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        if heap:
            res[qi] = heap[0][0]
    return res
