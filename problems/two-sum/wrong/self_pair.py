# Wrong: stores the value before looking up its partner, so with target = 2*v a lone v
# pairs with itself.
def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(nums):
        seen[value] = j
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
    return []
