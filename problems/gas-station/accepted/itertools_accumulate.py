# Prefix sums with itertools.accumulate; the start follows the first minimum prefix.
from itertools import accumulate


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    prefix = list(accumulate(g - c for g, c in zip(gas, cost)))
    if prefix[-1] < 0:
        return -1
    low = min(prefix)
    if low >= 0:
        return 0
    return (prefix.index(low) + 1) % len(gas)
