# Accepted: counts each distinct value, then backtracks over the distinct values choosing
# how many copies (0 up to its count) each combination takes.
from collections import Counter


def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    counts = sorted(Counter(candidates).items())
    result = []

    def choose(k, remaining, combo):
        if remaining == 0:
            result.append(combo)
            return
        if k == len(counts) or counts[k][0] > remaining:
            return
        value, count = counts[k]
        for copies in range(min(count, remaining // value), -1, -1):
            choose(k + 1, remaining - copies * value, combo + [value] * copies)

    choose(0, target, [])
    return result
