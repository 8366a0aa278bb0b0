# Wrong: computes arrival times with integer division, so cars that arrive within the
# same hour look as if they arrived together.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    fleets = 0
    ahead = -1
    for p, s in sorted(zip(position, speed), reverse=True):
        arrival = (target - p) // s
        if arrival > ahead:
            fleets += 1
            ahead = arrival
    return fleets
