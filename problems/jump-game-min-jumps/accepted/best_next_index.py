# Greedy on positions: from the current index, jump to the index in reach that itself
# reaches furthest (j + nums[j]); the windows scanned never overlap, so O(n).
def min_jumps(nums: list[int]) -> int:
    n = len(nums)
    pos, jumps, scanned = 0, 0, 0
    while pos < n - 1:
        if pos + nums[pos] >= n - 1:
            return jumps + 1
        best, best_reach = pos, -1
        for j in range(max(pos + 1, scanned), pos + nums[pos] + 1):
            if j + nums[j] > best_reach:
                best, best_reach = j, j + nums[j]
        scanned = pos + nums[pos] + 1
        pos = best
        jumps += 1
    return jumps
