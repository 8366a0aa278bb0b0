# Correct but O(n^2): insertion sort, shifting each value left past the larger ones.
def sort_colors(nums: list[int]) -> None:
    for i in range(1, len(nums)):
        value = nums[i]
        j = i - 1
        while j >= 0 and nums[j] > value:
            nums[j + 1] = nums[j]
            j -= 1
        nums[j + 1] = value
