# Correct but exponential: at each position, the plain recursion tries both taking it and
# skipping it, and recomputes the same suffixes over and over.
def rob(nums: list[int]) -> int:
    def best(i: int) -> int:
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
