# Wrong: removes repeats with a set of tuples, but the tuples keep the input's order, so
# [1, 2] and [2, 1] from nums = [2, 1, 2] are both kept although they are one subset.
def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    seen = set()
    for mask in range(1 << n):
        seen.add(tuple(nums[i] for i in range(n) if mask >> i & 1))
    return [list(t) for t in seen]
