# Accepted: arrival times as exact fractions.Fraction values, the cars sorted by an
# index list.
from fractions import Fraction


def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    order = sorted(range(len(position)), key=lambda i: position[i], reverse=True)
    fleets = 0
    ahead = Fraction(0)
    for i in order:
        arrival = Fraction(target - position[i], speed[i])
        if arrival > ahead:
            fleets += 1
            ahead = arrival
    return fleets
