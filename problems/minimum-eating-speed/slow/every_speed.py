# Correct but O(n * max(piles)): tries the speeds 1, 2, 3, ... until one is fast enough.
def min_eating_speed(piles: list[int], h: int) -> int:
    speed = 1
    while sum((p + speed - 1) // speed for p in piles) > h:
        speed += 1
    return speed
