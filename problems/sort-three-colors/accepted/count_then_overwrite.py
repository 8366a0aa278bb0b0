# Counts the three colors in one pass, then overwrites the list in a second pass: O(n), O(1).
def sort_colors(nums: list[int]) -> None:
    counts = [0, 0, 0]
    for value in nums:
        counts[value] += 1
    i = 0
    for color in range(3):
        for _ in range(counts[color]):
            nums[i] = color
            i += 1
