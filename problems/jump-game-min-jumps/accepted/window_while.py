# Windows of indices reached with the same number of jumps, walked with two while loops
# (left, right); each index is read once.
def min_jumps(nums: list[int]) -> int:
    left = right = 0
    jumps = 0
    while right < len(nums) - 1:
        far = right
        while left <= right:
            far = max(far, left + nums[left])
            left += 1
        right = far
        jumps += 1
    return jumps
