# Accepted: the straight-line answer written once, applied to the slices without the
# last and without the first value.
def rob_circular(nums: list[int]) -> int:
    def rob(line: list[int]) -> int:
        take, skip = 0, 0
        for value in line:
            take, skip = skip + value, max(take, skip)
        return max(take, skip)

    if len(nums) == 1:
        return nums[0]
    return max(rob(nums[:-1]), rob(nums[1:]))
