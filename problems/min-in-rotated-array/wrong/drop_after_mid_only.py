# Wrong: looks for the drop only right after the middle value and otherwise returns the
# first value, as if the list had to be rotated around its middle.
def find_min_rotated(nums: list[int]) -> int:
    mid = len(nums) // 2
    if mid + 1 < len(nums) and nums[mid] > nums[mid + 1]:
        return nums[mid + 1]
    return min(nums[0], nums[mid])
