# Correct but O(n^3): tries every triple of positions, keeping each sorted triple of
# values once in a set.
def three_sum(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    found = set()
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 0:
                    found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
    return [list(triple) for triple in found]
