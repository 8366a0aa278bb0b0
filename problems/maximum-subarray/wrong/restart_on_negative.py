# Wrong: restarts the running sum at every negative value, instead of only when the running
# sum itself drops below zero; a block may cross a small negative value ([5, -1, 5] is 9).
def max_subarray_sum(nums: list[int]) -> int:
    best = max(nums)
    running = 0
    for value in nums:
        if value < 0:
            running = 0
        else:
            running += value
            best = max(best, running)
    return best
