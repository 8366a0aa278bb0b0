# Wrong: skips a value equal to its neighbour but never sorts, so copies that are not next
# to each other ([2, 1, 2]) still produce the same subset twice.
def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    result = []
    path = []

    def extend(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            extend(i + 1)
            path.pop()

    extend(0)
    return result
