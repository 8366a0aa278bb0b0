# Wrong: Binet's closed formula in floating point is exact only while the answer fits in a
# double's 53-bit mantissa; for large n the rounded result is off by a lot.
import math


def climb_stairs(n: int) -> int:
    root5 = math.sqrt(5)
    phi = (1 + root5) / 2
    return round(phi ** (n + 1) / root5)
