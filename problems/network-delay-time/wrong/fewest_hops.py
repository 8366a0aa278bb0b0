# Wrong: a breadth-first search fixes each node's time when it is first reached, i.e.
# along the path with the fewest links, but a path with more links can be faster.
from collections import deque


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    out = {}
    for u, v, w in times:
        out.setdefault(u, []).append((v, w))
    arrival = {k: 0}
    queue = deque([k])
    while queue:
        u = queue.popleft()
        for v, w in out.get(u, []):
            if v not in arrival:
                arrival[v] = arrival[u] + w
                queue.append(v)
    return max(arrival.values()) if len(arrival) == n else -1
