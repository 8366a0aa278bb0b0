# Wrong: builds the sorted list and rebinds the name, which leaves the caller's list as it
# was (the function must change the list it was given).
def sort_colors(nums: list[int]) -> None:
    nums = [0] * nums.count(0) + [1] * nums.count(1) + [2] * nums.count(2)
