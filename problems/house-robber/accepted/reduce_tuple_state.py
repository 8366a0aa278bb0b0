# Accepted: functools.reduce over the values with a (previous best, best) tuple as the state.
from functools import reduce


def rob(nums: list[int]) -> int:
    return reduce(lambda state, x: (state[1], max(state[1], state[0] + x)), nums, (0, 0))[1]
