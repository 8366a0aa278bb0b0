# Wrong: starts the best sum at 0, as if the empty block were allowed, so a list of
# negative values gives 0 instead of its largest value.
def max_subarray_sum(nums: list[int]) -> int:
    best = running = 0
    for value in nums:
        running = max(0, running + value)
        best = max(best, running)
    return best
