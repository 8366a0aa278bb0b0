# Accepted: sort, then for each first value a hash-set two-sum over the rest; the triples
# are collected in a set of tuples and returned as list(set) (a list of tuples).
def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    found = set()
    for i in range(len(nums) - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        seen = set()
        for j in range(i + 1, len(nums)):
            need = -nums[i] - nums[j]
            if need in seen:
                found.add((nums[i], need, nums[j]))
            seen.add(nums[j])
    return list(found)
