# Wrong: jumps to the index in reach with the largest value nums[j], ignoring where it
# stands: a large value close by can reach less than a smaller one further on.
def min_jumps(nums: list[int]) -> int:
    n = len(nums)
    pos, jumps = 0, 0
    while pos < n - 1:
        if pos + nums[pos] >= n - 1:
            return jumps + 1
        reach = range(pos + 1, pos + nums[pos] + 1)
        pos = max(reach, key=lambda j: nums[j])
        jumps += 1
    return jumps
