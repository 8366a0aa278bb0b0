# Wrong: looks the third value up in the set of all values, which may be the very number
# already used as the first or second one: [1, -2] yields [-2, 1, 1].
def three_sum(nums: list[int]) -> list[list[int]]:
    present = set(nums)
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            third = -(nums[i] + nums[j])
            if third in present:
                found.add(tuple(sorted((nums[i], nums[j], third))))
    return [list(triple) for triple in found]
