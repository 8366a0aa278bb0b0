# Wrong: `1 << n - 1` is `1 << (n - 1)` in Python, so only half of the masks are tried
# and every subset containing the last value is missing.
def subsets(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    result = []
    for mask in range(1 << n - 1 if n else 1):
        result.append([nums[i] for i in range(n) if mask >> i & 1])
    return result
