# Wrong: solves the straight line and forgets that the first and last positions are
# neighbours, so it may choose both.
def rob_circular(nums: list[int]) -> int:
    before, best = 0, 0
    for value in nums:
        before, best = best, max(best, before + value)
    return best
