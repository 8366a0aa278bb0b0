# A set of the reachable sums up to half the total, grown element by element.
def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2 == 1:
        return False
    target = total // 2
    sums = {0}
    for x in nums:
        sums |= {s + x for s in sums if s + x <= target}
        if target in sums:
            return True
    return False
