# Wrong: compares each car with the car just ahead of it rather than with the fleet
# ahead, so a car that would catch its fast neighbour but not the slow fleet that the
# neighbour has joined is merged into it.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    cars = sorted(zip(position, speed), reverse=True)
    times = [(target - p) / s for p, s in cars]
    fleets = 1
    for i in range(1, len(times)):
        if times[i] > times[i - 1]:
            fleets += 1
    return fleets
