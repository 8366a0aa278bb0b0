# Wrong: inserts each new value only before the existing positions (range(len(p))), never
# after the last one, so every permutation ending with a later value is missing.
def permutations(nums: list[int]) -> list[list[int]]:
    perms = [[nums[0]]]
    for x in nums[1:]:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p))]
    return perms
