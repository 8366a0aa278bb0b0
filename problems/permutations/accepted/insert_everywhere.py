# Accepted: iterative insertion - each new value is inserted at every position (ends
# included) of every permutation of the values before it.
def permutations(nums: list[int]) -> list[list[int]]:
    perms = [[]]
    for x in nums:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
    return perms
