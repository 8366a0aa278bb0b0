# Wrong: the frame formula alone; when many letters fill every gap there is no idle time
# and the answer is simply len(tasks), which the formula can fall below.
from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    counts = Counter(tasks)
    top = max(counts.values())
    tied = list(counts.values()).count(top)
    return (top - 1) * (n + 1) + tied
