# Wrong: the loop stops at n == 1 and multiplies the base in once more at the end, which
# is right for every n >= 1 but returns x instead of 1.0 when n is 0.
def power(x: float, n: int) -> float:
    if n < 0:
        x, n = 1.0 / x, -n
    result = 1.0
    while n > 1:
        if n % 2 == 1:
            result *= x
        x *= x
        n //= 2
    return result * x
