# Wrong: checks only the nodes that appear in some link, so a node with no links at all
# is forgotten and the answer is a time instead of -1.
import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    out = {}
    nodes = {k}
    for u, v, w in times:
        out.setdefault(u, []).append((v, w))
        nodes.update((u, v))
    best = {}
    heap = [(0, k)]
    while heap:
        t, u = heapq.heappop(heap)
        if u in best:
            continue
        best[u] = t
        for v, w in out.get(u, []):
            if v not in best:
                heapq.heappush(heap, (t + w, v))
    return max(best.values()) if len(best) == len(nodes) else -1
