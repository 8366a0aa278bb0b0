# Wrong: Bellman-Ford for k + 1 rounds, but relaxing in the same list it reads, so one
# round can chain several flights and a route with too many stops slips through.
def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    INF = float("inf")
    cost = [INF] * n
    cost[src] = 0
    for _ in range(k + 1):
        for u, v, w in flights:
            if cost[u] + w < cost[v]:
                cost[v] = cost[u] + w
    return -1 if cost[dst] == INF else cost[dst]
