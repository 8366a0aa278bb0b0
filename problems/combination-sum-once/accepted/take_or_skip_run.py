# Accepted: recursive take-or-skip over the sorted values; skipping a value skips all of
# its remaining copies, so each multiset is built along exactly one path.
def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    nums = sorted(candidates)
    found = []
    path = []

    def go(i, remaining):
        if remaining == 0:
            found.append(list(path))
            return
        if i == len(nums) or nums[i] > remaining:
            return
        path.append(nums[i])
        go(i + 1, remaining - nums[i])  # take this copy
        path.pop()
        j = i
        while j < len(nums) and nums[j] == nums[i]:
            j += 1
        go(j, remaining)  # take no more copies of this value

    go(0, target)
    return found
