# Accepted: left-to-right square-and-multiply over the binary digits of |n| (bin string).
def power(x: float, n: int) -> float:
    result = 1.0
    for digit in bin(abs(n))[2:]:
        result *= result
        if digit == "1":
            result *= x
    return 1.0 / result if n < 0 else result
