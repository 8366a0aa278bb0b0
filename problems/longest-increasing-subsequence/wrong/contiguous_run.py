# Wrong: finds the longest run of consecutive increasing elements, but a subsequence may
# skip elements: [1, 5, 2, 3] has 1, 2, 3.
def length_of_lis(nums: list[int]) -> int:
    if not nums:
        return 0
    best = run = 1
    for a, b in zip(nums, nums[1:]):
        run = run + 1 if b > a else 1
        best = max(best, run)
    return best
