# Wrong: only checks that the total is even, but an even total may still not split:
# [2, 4] has total 6 and no group sums to 3.
def can_partition(nums: list[int]) -> bool:
    return len(nums) > 1 and sum(nums) % 2 == 0
