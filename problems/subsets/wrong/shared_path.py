# Wrong: records the path list itself instead of a copy; the backtracking keeps changing
# that one list, so every recorded subset ends up empty.
def subsets(nums: list[int]) -> list[list[int]]:
    result = []
    path = []

    def backtrack(start: int) -> None:
        result.append(path)
        for i in range(start, len(nums)):
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
