# Wrong: records the path list itself instead of a copy; the backtracking keeps changing
# that one list, so every recorded permutation ends up empty.
def permutations(nums: list[int]) -> list[list[int]]:
    result = []
    path = []
    used = [False] * len(nums)

    def extend() -> None:
        if len(path) == len(nums):
            result.append(path)
            return
        for i in range(len(nums)):
            if not used[i]:
                used[i] = True
                path.append(nums[i])
                extend()
                path.pop()
                used[i] = False

    extend()
    return result
