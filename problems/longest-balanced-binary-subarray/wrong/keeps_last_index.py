# Wrong: overwrites the stored index of a balance each time it recurs, so later ends are
# measured from the latest occurrence, not the first.
def find_max_length(nums: list[int]) -> int:
    last = {0: -1}
    balance = best = 0
    for i, value in enumerate(nums):
        balance += 1 if value else -1
        if balance in last:
            best = max(best, i - last[balance])
        last[balance] = i
    return best
