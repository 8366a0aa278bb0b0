# Accepted: two passes: first a dict of each value's last index, then a scan for the
# first i whose complement sits at a later index.
def two_sum(nums: list[int], target: int) -> list[int]:
    last = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = last.get(target - value)
        if j is not None and j > i:
            return [i, j]
    return []
