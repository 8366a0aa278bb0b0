# Wrong: ranks the points by |x| + |y| (Manhattan distance) instead of the straight-line
# distance, so [3, 3] (18) looks farther than [0, 5] (25).
import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    return heapq.nsmallest(k, points, key=lambda p: abs(p[0]) + abs(p[1]))
