# Correct but exponential: a depth-first search tries every route of at most k + 1
# flights that does not revisit a city, and keeps the cheapest that ends at dst.
def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    out = [[] for _ in range(n)]
    for u, v, price in flights:
        out[u].append((v, price))
    best = -1
    on_route = [False] * n

    def walk(city: int, cost: int, left: int) -> None:
        nonlocal best
        if city == dst:
            if best == -1 or cost < best:
                best = cost
            return
        if left == 0:
            return
        on_route[city] = True
        for nxt, price in out[city]:
            if not on_route[nxt]:
                walk(nxt, cost + price, left - 1)
        on_route[city] = False

    walk(src, 0, k + 1)
    return best
