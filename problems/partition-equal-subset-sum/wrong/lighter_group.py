# Wrong: greedy, gives each value (largest first) to the lighter group: [3, 3, 2, 2, 2]
# ends 7 against 5, though 3 + 3 = 2 + 2 + 2.
def can_partition(nums: list[int]) -> bool:
    a = b = 0
    for x in sorted(nums, reverse=True):
        if a <= b:
            a += x
        else:
            b += x
    return a == b
