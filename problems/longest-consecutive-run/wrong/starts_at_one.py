# Wrong: starts the best length at 1, so an empty list gives 1 instead of 0.
def longest_consecutive(nums: list[int]) -> int:
    s = set(nums)
    longest = 1
    for n in s:
        if n - 1 not in s:
            m = n + 1
            while m in s:
                m += 1
            longest = max(longest, m - n)
    return longest
