# Slow: walks up from every value, not only from the start of each run, so a run of length m costs m^2 / 2 steps: O(n^2).
def longest_consecutive(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for v in values:
        length = 1
        while v + length in values:
            length += 1
        best = max(best, length)
    return best
