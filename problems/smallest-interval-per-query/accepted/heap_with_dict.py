# Accepted: sorted distinct queries answered with a heap sweep into a dict, then looked up in the original order.
import heapq


def min_interval_size(intervals: list[list[int]], queries: list[int]) -> list[int]:
    intervals = sorted(intervals, key=lambda iv: iv[0])
    heap, i, ans = [], 0, {}
    for q in sorted(set(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            l, r = intervals[i]
            heapq.heappush(heap, (r - l + 1, r))
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        ans[q] = heap[0][0] if heap else -1
    return [ans[q] for q in queries]
