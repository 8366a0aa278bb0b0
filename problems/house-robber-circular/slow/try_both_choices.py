# Correct but exponential: at each position the plain recursion tries taking it and
# skipping it, remembering whether the first position was taken; the same suffixes are
# recomputed over and over.
def rob_circular(nums: list[int]) -> int:
    n = len(nums)
    if n == 1:
        return nums[0]

    def best(i: int, first_taken: bool) -> int:
        if i >= n or (i == n - 1 and first_taken):
            return 0
        return max(best(i + 1, first_taken), nums[i] + best(i + 2, first_taken))

    return max(nums[0] + best(2, True), best(1, False))
