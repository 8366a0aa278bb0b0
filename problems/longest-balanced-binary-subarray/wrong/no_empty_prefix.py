# Wrong: the dictionary is not seeded with balance 0 at index -1, so a balanced subarray
# that starts at index 0 is never measured.
def find_max_length(nums: list[int]) -> int:
    first = {}
    balance = best = 0
    for i, value in enumerate(nums):
        balance += 1 if value else -1
        if balance in first:
            best = max(best, i - first[balance])
        else:
            first[balance] = i
    return best
