# Tracks zeros minus ones with two counters, and a dict of first positions counted from 1.
def find_max_length(nums: list[int]) -> int:
    zeros = ones = 0
    where = {0: 0}
    ans = 0
    for pos, x in enumerate(nums, start=1):
        if x == 0:
            zeros += 1
        else:
            ones += 1
        d = zeros - ones
        if d in where:
            if pos - where[d] > ans:
                ans = pos - where[d]
        else:
            where[d] = pos
    return ans
