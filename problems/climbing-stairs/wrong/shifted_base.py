# Wrong: starts the sequence with 1, 1 for steps 1 and 2, so every count is shifted by one
# place (it counts Fibonacci numbers, not ways: n = 2 gives 1 instead of 2).
def climb_stairs(n: int) -> int:
    if n <= 2:
        return 1
    previous, current = 1, 1
    for _ in range(n - 2):
        previous, current = current, previous + current
    return current
