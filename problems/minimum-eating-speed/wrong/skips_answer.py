# Wrong: when mid is fast enough it moves hi to mid - 1, discarding mid, which may be the
# answer; the loop then returns a speed that is too slow.
def min_eating_speed(piles: list[int], h: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        hours = sum((p + mid - 1) // mid for p in piles)
        if hours <= h:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
