# Accepted: walks the cars from the back of the road: a car is the last of its fleet
# when no car ahead arrives later; counts, with a running maximum taken from the front,
# the cars that arrive strictly later than every car ahead of them.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    times = [(target - p) / s for p, s in sorted(zip(position, speed))]
    latest_ahead = [0.0] * len(times)
    latest = -1.0
    for i in range(len(times) - 1, -1, -1):
        latest_ahead[i] = latest
        latest = max(latest, times[i])
    return sum(1 for i, t in enumerate(times) if t > latest_ahead[i])
