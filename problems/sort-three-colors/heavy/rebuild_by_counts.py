# Heavy: counts the colors, then assigns a new list of n values to nums[:]: right and O(n)
# in time, but the new list is O(n) extra memory.
def sort_colors(nums: list[int]) -> None:
    nums[:] = [0] * nums.count(0) + [1] * nums.count(1) + [2] * nums.count(2)
