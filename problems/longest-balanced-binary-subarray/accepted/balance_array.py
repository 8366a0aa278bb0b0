# The first index of each balance in a list of 2n + 1 slots, offset by n, instead of a dict.
def find_max_length(nums: list[int]) -> int:
    n = len(nums)
    first = [-2] * (2 * n + 1)
    first[n] = -1
    balance = n
    best = 0
    for i in range(n):
        balance += 1 if nums[i] == 1 else -1
        if first[balance] == -2:
            first[balance] = i
        else:
            best = max(best, i - first[balance])
    return best
