# Wrong: walks the cars in the order given instead of by position, so "the fleet ahead"
# is just the previous car of the input.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    fleets = 0
    ahead = -1.0
    for p, s in zip(position, speed):
        arrival = (target - p) / s
        if arrival > ahead:
            fleets += 1
            ahead = arrival
    return fleets
