# Wrong: counts the last frame as one unit, forgetting the other letters tied for the
# highest count, which must also run after the last idle gap.
from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    top = max(Counter(tasks).values())
    return max(len(tasks), (top - 1) * (n + 1) + 1)
