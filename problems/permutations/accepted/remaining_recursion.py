# Accepted: recursion on what is left - each value in turn goes first, followed by every
# permutation of the other values.
def permutations(nums: list[int]) -> list[list[int]]:
    if len(nums) == 1:
        return [nums[:]]
    result = []
    for i in range(len(nums)):
        rest = nums[:i] + nums[i + 1:]
        for tail in permutations(rest):
            result.append([nums[i]] + tail)
    return result
