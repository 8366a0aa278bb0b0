# Wrong: runs quickselect on set(nums), so duplicates are counted once: in [5, 5, 3] it
# calls 3 the 2nd largest.
import random


def kth_largest(nums: list[int], k: int) -> int:
    values = list(set(nums))
    k = min(k, len(values))
    while True:
        pivot = random.choice(values)
        larger = [v for v in values if v > pivot]
        if k <= len(larger):
            values = larger
        elif k == len(larger) + 1:
            return pivot
        else:
            k -= len(larger) + 1
            values = [v for v in values if v < pivot]
