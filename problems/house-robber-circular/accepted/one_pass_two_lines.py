# Accepted: one pass that runs both straight lines side by side: a pair of running values
# for positions 0..n-2 and a pair for positions 1..n-1.
def rob_circular(nums: list[int]) -> int:
    n = len(nums)
    if n == 1:
        return nums[0]
    a_before = a_best = 0  # the line without the last position
    b_before = b_best = 0  # the line without the first position
    for i in range(n):
        if i < n - 1:
            a_before, a_best = a_best, max(a_best, a_before + nums[i])
        if i > 0:
            b_before, b_best = b_best, max(b_best, b_before + nums[i])
    return max(a_best, b_best)
