# Accepted: Dial's algorithm (Dijkstra with a bucket queue), since every weight is a
# small integer (0..100): a circular array of W + 1 buckets replaces the heap.
def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    W = 100
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = [-1] * (n + 1)  # final times
    best = [None] * (n + 1)  # best tentative time so far
    buckets = [[] for _ in range(W + 1)]
    best[k] = 0
    buckets[0].append(k)
    pending = 1
    t = 0
    reached = 0
    latest = 0
    while pending:
        bucket = buckets[t % (W + 1)]
        while bucket:
            u = bucket.pop()
            pending -= 1
            if dist[u] != -1 or best[u] != t:
                continue  # stale
            dist[u] = latest = t
            reached += 1
            for v, w in adj[u]:
                if dist[v] == -1 and (best[v] is None or t + w < best[v]):
                    best[v] = t + w
                    buckets[(t + w) % (W + 1)].append(v)
                    pending += 1
        t += 1
    return latest if reached == n else -1
