# Wrong: returns 0.0 for a zero base straight away, but 0 to the power 0 is 1.0.
def power(x: float, n: int) -> float:
    if x == 0:
        return 0.0
    if n < 0:
        x, n = 1.0 / x, -n
    result = 1.0
    while n > 0:
        if n % 2 == 1:
            result *= x
        x *= x
        n //= 2
    return result
