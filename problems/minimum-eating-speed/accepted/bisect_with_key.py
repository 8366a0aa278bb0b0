# Accepted: bisect.bisect_left over range(1, max + 1) with a key (Python 3.10+), finding
# the first speed whose total hours fit in h.
import bisect


def min_eating_speed(piles: list[int], h: int) -> int:
    def fits(speed):
        return sum((p + speed - 1) // speed for p in piles) <= h

    return 1 + bisect.bisect_left(range(1, max(piles) + 1), True, key=fits)
