# Slow: builds all 2^n choices of positions, sorts each one and keeps the distinct ones
# in a set: O(n * 2^n) work even when only a handful of subsets are distinct.
def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    seen = set()
    for mask in range(1 << n):
        seen.add(tuple(sorted(nums[i] for i in range(n) if mask >> i & 1)))
    return [list(t) for t in seen]
