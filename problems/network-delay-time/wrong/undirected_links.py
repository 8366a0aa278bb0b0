# Wrong: treats every link as two-way, so the signal can travel against a link's
# direction and reach nodes (or reach them sooner) when it should not.
import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    out = [[] for _ in range(n + 1)]
    for u, v, w in times:
        out[u].append((v, w))
        out[v].append((u, w))
    best = [None] * (n + 1)
    heap = [(0, k)]
    while heap:
        t, u = heapq.heappop(heap)
        if best[u] is not None:
            continue
        best[u] = t
        for v, w in out[u]:
            if best[v] is None:
                heapq.heappush(heap, (t + w, v))
    if any(b is None for b in best[1:]):
        return -1
    return max(best[1:])
