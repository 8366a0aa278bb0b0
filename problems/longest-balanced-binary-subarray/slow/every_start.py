# Correct but O(n^2): from every start, extends the subarray to every end, keeping the
# balance.
def find_max_length(nums: list[int]) -> int:
    n = len(nums)
    best = 0
    for i in range(n):
        balance = 0
        for j in range(i, n):
            balance += 1 if nums[j] else -1
            if balance == 0 and j - i + 1 > best:
                best = j - i + 1
    return best
