# Accepted: a dict of the values still *needed* (target - value) -> index that needs it.
def two_sum(nums: list[int], target: int) -> list[int]:
    needed = {}
    for j in range(len(nums)):
        if nums[j] in needed:
            return [needed[nums[j]], j]
        needed.setdefault(target - nums[j], j)
    return []
