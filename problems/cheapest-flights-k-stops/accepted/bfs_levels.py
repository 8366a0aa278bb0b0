# Breadth-first search by levels (collections.deque): level r holds the cities whose
# price improved with r flights; a dict of best prices prunes the rest.
from collections import defaultdict, deque


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    graph = defaultdict(list)
    for u, v, w in flights:
        graph[u].append((v, w))
    best = {src: 0}
    queue = deque([(src, 0)])
    for _ in range(k + 1):
        for _ in range(len(queue)):
            city, price = queue.popleft()
            for nxt, w in graph[city]:
                if price + w < best.get(nxt, float("inf")):
                    best[nxt] = price + w
                    queue.append((nxt, price + w))
    return best.get(dst, -1)
