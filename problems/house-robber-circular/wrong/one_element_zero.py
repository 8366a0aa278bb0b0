# Wrong: drops the first or the last position without a special case for one element,
# where both slices are empty and the answer comes out 0.
def rob_circular(nums: list[int]) -> int:
    def rob(line: list[int]) -> int:
        before, best = 0, 0
        for value in line:
            before, best = best, max(best, before + value)
        return best

    return max(rob(nums[:-1]), rob(nums[1:]))
