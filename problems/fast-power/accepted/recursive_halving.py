# Accepted: recursive divide and conquer, x^n = (x^(n//2))^2 times x when n is odd.
def power(x: float, n: int) -> float:
    if n < 0:
        return 1.0 / power(x, -n)
    if n == 0:
        return 1.0
    half = power(x, n // 2)
    if n % 2:
        return half * half * x
    return half * half
