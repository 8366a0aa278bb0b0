# Wrong: Dijkstra that settles a node the first time it is pushed, with the time of that
# first route, instead of when it comes off the heap with its smallest time.
import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    out = [[] for _ in range(n + 1)]
    for u, v, w in times:
        out[u].append((v, w))
    arrival = {k: 0}
    heap = [(0, k)]
    while heap:
        t, u = heapq.heappop(heap)
        for v, w in out[u]:
            if v not in arrival:
                arrival[v] = t + w
                heapq.heappush(heap, (t + w, v))
    return max(arrival.values()) if len(arrival) == n else -1
