# Accepted: recursive take-or-skip over the sorted values; skipping a value skips its
# whole run of copies, so each subset is reached by exactly one path. Returns tuples.
def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    out = []

    def go(i, chosen):
        if i == len(nums):
            out.append(chosen)
            return
        go(i + 1, chosen + (nums[i],))  # take nums[i]
        j = i
        while j < len(nums) and nums[j] == nums[i]:
            j += 1
        go(j, chosen)  # take no more copies of this value

    go(0, ())
    return out
