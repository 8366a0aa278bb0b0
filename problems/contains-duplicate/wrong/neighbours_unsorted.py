# Wrong: compares each value only with its neighbour, without sorting first, so equal
# values that are not next to each other are missed.
def contains_duplicate(nums: list[int]) -> bool:
    for i in range(len(nums) - 1):
        if nums[i] == nums[i + 1]:
            return True
    return False
