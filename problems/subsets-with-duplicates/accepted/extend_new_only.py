# Accepted: iterative, over the sorted values; a repeated value is added only to the
# subsets created in the previous step, which are the ones that already hold its copies.
def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    res = [[]]
    added = 0
    for i, x in enumerate(nums):
        begin = len(res) - added if i > 0 and x == nums[i - 1] else 0
        new = [s + [x] for s in res[begin:]]
        res += new
        added = len(new)
    return res
