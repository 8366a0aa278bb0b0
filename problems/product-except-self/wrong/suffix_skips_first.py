# Wrong: the suffix pass stops before index 0 (range(n - 1, 0, -1)), so out[0] never gets the product of the elements after it.
def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    out = [1] * n
    for i in range(1, n):
        out[i] = out[i - 1] * nums[i - 1]
    right = 1
    for i in range(n - 1, 0, -1):
        out[i] *= right
        right *= nums[i]
    return out
