# Accepted: quickselect with a random pivot and a three-way partition (expected O(n)).
import random


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    candidates = [(x * x + y * y, [x, y]) for x, y in points]
    chosen = []
    need = k
    while need > 0:
        pivot = random.choice(candidates)[0]
        less = [c for c in candidates if c[0] < pivot]
        equal = [c for c in candidates if c[0] == pivot]
        if need <= len(less):
            candidates = less
        elif need <= len(less) + len(equal):
            chosen += less + equal[:need - len(less)]
            need = 0
        else:
            chosen += less + equal
            need -= len(less) + len(equal)
            candidates = [c for c in candidates if c[0] > pivot]
    return [point for _, point in chosen]
