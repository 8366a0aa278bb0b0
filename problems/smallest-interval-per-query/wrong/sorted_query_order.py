# Wrong: sorts the queries for the sweep but returns the answers in that sorted order,
# not in the order the queries were given.
import heapq


def min_interval_size(intervals: list[list[int]], queries: list[int]) -> list[int]:
    intervals = sorted(intervals)
    heap, i, out = [], 0, []
    for q in sorted(queries):
        while i < len(intervals) and intervals[i][0] <= q:
            a, b = intervals[i]
            heapq.heappush(heap, (b - a + 1, b))
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        out.append(heap[0][0] if heap else -1)
    return out
