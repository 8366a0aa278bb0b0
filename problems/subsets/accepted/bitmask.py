# Accepted: every mask from 0 to 2^n - 1 picks the values whose bit is set.
def subsets(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    out = []
    for mask in range(1 << n):
        out.append([nums[i] for i in range(n) if mask >> i & 1])
    return out
