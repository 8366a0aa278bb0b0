# Wrong: after sorting, a repeated value is treated as a gap, so a run with a duplicate inside is split in two.
def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    nums.sort()
    best = streak = 1
    for a, b in zip(nums, nums[1:]):
        if b == a + 1:
            streak += 1
        else:
            streak = 1
        best = max(best, streak)
    return best
