# Dijkstra over (price, city, flights used) with heapq; a city popped again is expanded
# only if this time it was reached with fewer flights than any earlier pop.
import heapq


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, w in flights:
        graph[u].append((v, w))
    fewest = [float("inf")] * n
    heap = [(0, src, 0)]
    while heap:
        price, city, used = heapq.heappop(heap)
        if city == dst:
            return price
        if used >= fewest[city] or used == k + 1:
            continue
        fewest[city] = used
        for nxt, w in graph[city]:
            heapq.heappush(heap, (price + w, nxt, used + 1))
    return -1
