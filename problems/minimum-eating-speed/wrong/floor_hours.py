# Wrong: counts p // s hours per pile instead of rounding up, so a partly eaten pile's
# last hour is forgotten and the speed found is too small.
def min_eating_speed(piles: list[int], h: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(p // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
