# Wrong: leaves out every element equal to nums[i], not only the one at index i, so repeated values are dropped too.
def product_except_self(nums: list[int]) -> list[int]:
    out = []
    cache = {}
    for x in nums:
        if x not in cache:
            p = 1
            for y in nums:
                if y != x:
                    p *= y
            cache[x] = p
        out.append(cache[x])
    return out
