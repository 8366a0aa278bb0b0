# Wrong: Dijkstra over (price, city, stops) that expands each city only the first time it
# is popped, at its cheapest price; a dearer way in with fewer stops is thrown away.
import heapq


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, w in flights:
        graph[u].append((v, w))
    visited = set()
    heap = [(0, src, -1)]
    while heap:
        price, city, stops = heapq.heappop(heap)
        if city == dst:
            return price
        if city in visited or stops >= k:
            continue
        visited.add(city)
        for nxt, w in graph[city]:
            heapq.heappush(heap, (price + w, nxt, stops + 1))
    return -1
