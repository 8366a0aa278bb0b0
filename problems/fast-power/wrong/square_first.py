# Wrong: squares the base before multiplying it into the result, so every odd step
# multiplies in the next power of x instead of the current one.
def power(x: float, n: int) -> float:
    if n < 0:
        x, n = 1.0 / x, -n
    result = 1.0
    while n > 0:
        x *= x
        if n % 2 == 1:
            result *= x
        n //= 2
    return result
