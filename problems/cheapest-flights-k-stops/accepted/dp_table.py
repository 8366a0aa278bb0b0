# A (k + 2) x n table: dp[r][v] is the cheapest price to v with at most r flights, each
# row built from the row above over every flight.
def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    INF = 10**18
    dp = [[INF] * n for _ in range(k + 2)]
    dp[0][src] = 0
    for r in range(1, k + 2):
        dp[r] = dp[r - 1][:]
        for u, v, w in flights:
            if dp[r - 1][u] + w < dp[r][v]:
                dp[r][v] = dp[r - 1][u] + w
    return -1 if dp[k + 1][dst] == INF else dp[k + 1][dst]
