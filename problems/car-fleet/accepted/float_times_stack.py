# Accepted: arrival times as floats (exact enough for these bounds) on a stack of fleet
# times; a car whose time is no later than the top merges into it.
def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    cars = sorted(zip(position, speed), reverse=True)
    stack = []
    for p, s in cars:
        time = (target - p) / s
        if not stack or time > stack[-1]:
            stack.append(time)
    return len(stack)
