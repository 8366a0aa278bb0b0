# Prim with a heap of candidate links (lazy deletion): O(n^2 log n).
import heapq


def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    seen = [False] * n
    heap = [(0, 0)]
    total = count = 0
    while count < n:
        cost, i = heapq.heappop(heap)
        if seen[i]:
            continue
        seen[i] = True
        total += cost
        count += 1
        xi, yi = points[i]
        for j in range(n):
            if not seen[j]:
                heapq.heappush(heap, (abs(xi - points[j][0]) + abs(yi - points[j][1]), j))
    return total
