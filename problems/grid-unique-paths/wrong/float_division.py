# Wrong: the binomial formula with true division goes through a float, which is exact only
# for small answers; on large grids the result is off (int() cannot restore lost digits).
import math


def unique_paths(m: int, n: int) -> int:
    return int(math.factorial(m + n - 2) / (math.factorial(m - 1) * math.factorial(n - 1)))
