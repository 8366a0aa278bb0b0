# Wrong: a greedy that runs, at each unit, the first letter in alphabetical order that is
# off cooldown, instead of the one with the most runs left: A, B, B, B with n = 1 gives
# A B _ B _ B (6 units) where B A B _ B takes 5.
from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    left = Counter(tasks)
    next_ok = {}
    time = 0
    remaining = len(tasks)
    while remaining:
        for letter in sorted(left):
            if left[letter] and next_ok.get(letter, 0) <= time:
                left[letter] -= 1
                remaining -= 1
                next_ok[letter] = time + n + 1
                break
        time += 1
    return time
