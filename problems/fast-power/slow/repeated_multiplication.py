# Correct but O(|n|): multiplies x into the product |n| times.
def power(x: float, n: int) -> float:
    if n < 0:
        x, n = 1.0 / x, -n
    result = 1.0
    for _ in range(n):
        result *= x
    return result
