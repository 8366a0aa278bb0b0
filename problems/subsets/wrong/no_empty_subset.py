# Wrong: the bitmask loop starts at 1, so the empty subset is never produced (and [] on
# an empty input gives [] instead of [[]]).
def subsets(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    result = []
    for mask in range(1, 1 << n):
        result.append([nums[i] for i in range(n) if mask >> i & 1])
    return result
