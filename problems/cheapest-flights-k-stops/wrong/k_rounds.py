# Wrong: runs k rounds of Bellman-Ford, reading k as the number of flights, when k stops
# allow k + 1 flights; with k = 0 even the direct flight is missed.
def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    INF = float("inf")
    cost = [INF] * n
    cost[src] = 0
    for _ in range(k):
        nxt = cost[:]
        for u, v, w in flights:
            if cost[u] + w < nxt[v]:
                nxt[v] = cost[u] + w
        cost = nxt
    return -1 if cost[dst] == INF else cost[dst]
