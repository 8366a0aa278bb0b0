# Accepted: iterative backtracking with an explicit stack of (start, remaining, combo);
# returns the combinations as tuples.
def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    nums = sorted(candidates)
    res = []
    stack = [(0, target, ())]
    while stack:
        start, left, combo = stack.pop()
        if left == 0:
            res.append(combo)
            continue
        for i in range(start, len(nums)):
            if nums[i] > left:
                break
            if i > start and nums[i] == nums[i - 1]:
                continue
            stack.append((i + 1, left - nums[i], combo + (nums[i],)))
    return res
