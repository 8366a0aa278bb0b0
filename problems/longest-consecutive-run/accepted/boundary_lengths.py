# Accepted: a dict holding each run's length at its two ends; a new value joins the runs ending just below and starting just above it.
def longest_consecutive(nums: list[int]) -> int:
    length = {}
    best = 0
    for x in nums:
        if x in length:
            continue
        left = length.get(x - 1, 0)
        right = length.get(x + 1, 0)
        total = left + right + 1
        length[x] = total
        length[x - left] = total
        length[x + right] = total
        best = max(best, total)
    return best
