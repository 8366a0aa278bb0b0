# Accepted: sorts, then scans neighbours: a repeat changes nothing, a step of one extends the run, anything else starts a new one.
def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    nums = sorted(nums)
    best = cur = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1]:
            continue
        if nums[i] == nums[i - 1] + 1:
            cur += 1
            best = max(best, cur)
        else:
            cur = 1
    return best
