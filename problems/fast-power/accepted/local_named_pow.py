# Accepted: iterative square-and-multiply; the exponent is kept in a local named `pow`
# (shadows the builtin, which is never called).
def power(x: float, n: int) -> float:
    pow = n
    if pow < 0:
        x = 1 / x
        pow = -pow
    result = 1.0
    while pow > 0:
        if pow % 2 == 1:
            result *= x
        x *= x
        pow //= 2
    return result
