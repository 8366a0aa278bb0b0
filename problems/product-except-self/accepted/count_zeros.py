# Accepted: counts the zeros; with two or more every answer is 0, with one only the zero's place gets the product of the rest, otherwise prefix and suffix passes.
def product_except_self(nums: list[int]) -> list[int]:
    zeros = nums.count(0)
    if zeros >= 2:
        return [0] * len(nums)
    if zeros == 1:
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        return [total if x == 0 else 0 for x in nums]
    res = []
    running = 1
    for x in nums:
        res.append(running)
        running *= x
    running = 1
    for i in reversed(range(len(nums))):
        res[i] *= running
        running *= nums[i]
    return res
