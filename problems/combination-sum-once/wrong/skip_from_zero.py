# Wrong: skips a value equal to the previous one whenever i > 0 instead of i > start, so a
# deeper level never takes a second copy and combinations such as [1, 1, 6] are missing.
def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    nums = sorted(candidates)
    result = []
    path = []

    def extend(start, remaining):
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            extend(i + 1, remaining - nums[i])
            path.pop()

    extend(0, target)
    return result
