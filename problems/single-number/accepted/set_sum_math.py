# Accepted: 2 * sum(set(nums)) - sum(nums): the paired values cancel out.
def single_number(nums: list[int]) -> int:
    return 2 * sum(set(nums)) - sum(nums)
