# Correct but O(n^2): from each reachable index, marks every index it can jump to.
def can_jump(nums: list[int]) -> bool:
    n = len(nums)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if not reachable[i]:
            return False
        for j in range(i + 1, min(n - 1, i + nums[i]) + 1):
            reachable[j] = True
    return True
