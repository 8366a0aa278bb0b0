# Heavy: 2 * sum(set(nums)) - sum(nums), the paired values cancel out: right and O(n) in
# time, but the set holds half the values: O(n) extra memory.
def single_number(nums: list[int]) -> int:
    return 2 * sum(set(nums)) - sum(nums)
