# Correct but O(n^2): a car is the slowest of its fleet when it arrives strictly later
# than every car ahead of it; checks that against every other car.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    n = len(position)
    times = [(target - position[i]) / speed[i] for i in range(n)]
    fleets = 0
    for i in range(n):
        latest_ahead = -1.0
        for j in range(n):
            if position[j] > position[i] and times[j] > latest_ahead:
                latest_ahead = times[j]
        if times[i] > latest_ahead:
            fleets += 1
    return fleets
