# Accepted: recursive binary search on the answer; hours with negative floor division.
def min_eating_speed(piles: list[int], h: int) -> int:
    def search(lo, hi):
        if lo == hi:
            return lo
        mid = (lo + hi) // 2
        if sum(-(-p // mid) for p in piles) <= h:
            return search(lo, mid)
        return search(mid + 1, hi)

    return search(1, max(piles))
