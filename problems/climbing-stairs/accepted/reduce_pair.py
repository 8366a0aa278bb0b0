# Accepted: functools.reduce over a pair (ways to the previous step, ways to this step).
from functools import reduce


def climb_stairs(n: int) -> int:
    return reduce(lambda pair, _: (pair[1], pair[0] + pair[1]), range(n), (0, 1))[1]
