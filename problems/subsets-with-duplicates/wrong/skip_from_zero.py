# Wrong: skips a value equal to the previous one whenever i > 0 instead of i > start, so
# a deeper level can never take a second copy and subsets such as [2, 2] are missing.
def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    result = []
    path = []

    def extend(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            extend(i + 1)
            path.pop()

    extend(0)
    return result
