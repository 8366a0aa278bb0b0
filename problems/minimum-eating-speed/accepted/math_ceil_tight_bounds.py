# Accepted: binary search between ceil(sum / h) and max(piles), hours via math.ceil.
import math


def min_eating_speed(piles: list[int], h: int) -> int:
    left = max(1, math.ceil(sum(piles) / h))
    right = max(piles)
    answer = right
    while left <= right:
        mid = (left + right) // 2
        hours = 0
        for p in piles:
            hours += math.ceil(p / mid)
        if hours <= h:
            answer = mid
            right = mid - 1
        else:
            left = mid + 1
    return answer
