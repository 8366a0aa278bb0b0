# Accepted: two full dp tables, one where the first position may be chosen (so the last
# may not), one where it may not.
def rob_circular(nums: list[int]) -> int:
    n = len(nums)
    if n <= 3:
        return max(nums)
    with_first = [0] * n  # best over positions 0..i, never using the last
    with_first[0] = nums[0]
    with_first[1] = max(nums[0], nums[1])
    for i in range(2, n - 1):
        with_first[i] = max(with_first[i - 1], with_first[i - 2] + nums[i])
    without_first = [0] * n  # best over positions 1..i
    without_first[1] = nums[1]
    without_first[2] = max(nums[1], nums[2])
    for i in range(3, n):
        without_first[i] = max(without_first[i - 1], without_first[i - 2] + nums[i])
    return max(with_first[n - 2], without_first[n - 1])
