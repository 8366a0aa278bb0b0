# Wrong: updates the best length only when a run breaks, so a longest run that ends at the largest value is never counted.
def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    values = sorted(set(nums))
    best, run = 1, 1
    for i in range(1, len(values)):
        if values[i] == values[i - 1] + 1:
            run += 1
        else:
            best = max(best, run)
            run = 1
    return best
