# Correct but O(V * E): Bellman-Ford relaxes every link in rounds until nothing changes;
# a shortest path n - 1 links deep can need n - 1 rounds over all the links.
def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    latest = max(dist[1:])
    return -1 if latest == inf else latest
