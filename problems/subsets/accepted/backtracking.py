# Accepted: recursive backtracking with one shared path, copied into the result.
def subsets(nums: list[int]) -> list[list[int]]:
    result = []
    path = []

    def backtrack(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
