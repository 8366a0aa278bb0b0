# Wrong: the prefix product is updated before it is stored, so out[i] includes nums[i] on the left side.
def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    out = [1] * n
    p = 1
    for i in range(n):
        p *= nums[i]
        out[i] = p
    s = 1
    for i in range(n - 1, -1, -1):
        out[i] *= s
        s *= nums[i]
    return out
