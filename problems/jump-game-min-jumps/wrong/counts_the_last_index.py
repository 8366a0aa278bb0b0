# Wrong: the loop also visits the last index, so when a window ends exactly there one
# jump too many is counted (and a one-element list gives 1).
def min_jumps(nums: list[int]) -> int:
    jumps = end = furthest = 0
    for i in range(len(nums)):
        furthest = max(furthest, i + nums[i])
        if i == end:
            jumps += 1
            end = furthest
    return jumps
