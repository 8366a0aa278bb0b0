# Accepted: Kahn's algorithm with heapq, always taking the smallest ready course; returns a tuple.
import heapq


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    need = [set() for _ in range(num_courses)]
    unlocks = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        if b not in need[a]:
            need[a].add(b)
            unlocks[b].append(a)
    heap = [c for c in range(num_courses) if not need[c]]
    heapq.heapify(heap)
    order = []
    while heap:
        c = heapq.heappop(heap)
        order.append(c)
        for d in unlocks[c]:
            need[d].discard(c)
            if not need[d]:
                heapq.heappush(heap, d)
    return tuple(order) if len(order) == num_courses else ()
