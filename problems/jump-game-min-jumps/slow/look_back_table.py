# Correct but O(n^2): best[i] is 1 + the best of every earlier index j that can reach i,
# and finding them looks back over all of 0..i-1.
def min_jumps(nums: list[int]) -> int:
    n = len(nums)
    best = [0] + [n] * (n - 1)
    for i in range(1, n):
        for j in range(i):
            if j + nums[j] >= i and best[j] + 1 < best[i]:
                best[i] = best[j] + 1
    return best[-1]
