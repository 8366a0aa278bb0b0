# Accepted: heapq.nsmallest with the squared distance as the key (O(n log k)).
import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    return heapq.nsmallest(k, points, key=lambda p: p[0] * p[0] + p[1] * p[1])
