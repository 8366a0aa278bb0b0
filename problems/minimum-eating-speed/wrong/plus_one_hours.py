# Wrong: counts p // s + 1 hours per pile, one hour too many whenever s divides p, so the
# speed found can be too large.
def min_eating_speed(piles: list[int], h: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(p // mid + 1 for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
