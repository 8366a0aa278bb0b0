# Wrong: recurses from i instead of i + 1 after choosing position i, so one candidate is
# used again and again ([2] with target 4 gives [2, 2]).
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
            if i > start and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            extend(i, remaining - nums[i])
            path.pop()

    extend(0, target)
    return result
