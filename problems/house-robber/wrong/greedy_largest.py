# Wrong: greedy; repeatedly takes the largest value still allowed and blocks its
# neighbours. For [3, 4, 3] it takes 4, but 3 + 3 = 6 is better.
def rob(nums: list[int]) -> int:
    blocked = [False] * len(nums)
    total = 0
    for i in sorted(range(len(nums)), key=lambda k: -nums[k]):
        if blocked[i]:
            continue
        total += nums[i]
        blocked[i] = True
        if i > 0:
            blocked[i - 1] = True
        if i + 1 < len(nums):
            blocked[i + 1] = True
    return total
