# Wrong: always jumps as far as the current index allows; a shorter jump can land on an
# index that reaches much further.
def min_jumps(nums: list[int]) -> int:
    pos, jumps = 0, 0
    while pos < len(nums) - 1:
        pos += nums[pos]
        jumps += 1
    return jumps
