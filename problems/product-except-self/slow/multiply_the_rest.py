# Slow: for each index multiplies all the other elements again: O(n^2).
def product_except_self(nums: list[int]) -> list[int]:
    out = []
    for i in range(len(nums)):
        product = 1
        for j in range(len(nums)):
            if j != i:
                product *= nums[j]
        out.append(product)
    return out
