# Wrong: plain Dijkstra for the cheapest route, never counting the stops, so a cheap
# route with more than k intermediate cities is returned.
import heapq


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, w in flights:
        graph[u].append((v, w))
    done = set()
    heap = [(0, src)]
    while heap:
        price, city = heapq.heappop(heap)
        if city == dst:
            return price
        if city in done:
            continue
        done.add(city)
        for nxt, w in graph[city]:
            if nxt not in done:
                heapq.heappush(heap, (price + w, nxt))
    return -1
