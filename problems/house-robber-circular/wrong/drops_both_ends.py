# Wrong: removes both ends at once (the middle part, plus the larger end alone), which
# misses choosing one end together with positions in the middle.
def rob_circular(nums: list[int]) -> int:
    if len(nums) == 1:
        return nums[0]
    before, best = 0, 0
    for value in nums[1:-1]:
        before, best = best, max(best, before + value)
    return max(best, nums[0], nums[-1])
