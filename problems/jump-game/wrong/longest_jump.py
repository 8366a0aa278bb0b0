# Wrong: always takes the longest jump allowed; a shorter jump may avoid a 0 that the
# longest one lands on ([2, 5, 0, 0] is reachable through index 1).
def can_jump(nums: list[int]) -> bool:
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
