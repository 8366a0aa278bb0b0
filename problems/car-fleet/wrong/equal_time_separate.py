# Wrong: starts a new fleet when a car arrives at the same time as the fleet ahead (>=
# instead of >), but catching up exactly at the target joins the fleet.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    fleets = 0
    ahead = -1.0
    for p, s in sorted(zip(position, speed), reverse=True):
        arrival = (target - p) / s
        if arrival >= ahead:
            fleets += 1
            ahead = arrival
    return fleets
