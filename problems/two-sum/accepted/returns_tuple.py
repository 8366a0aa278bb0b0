# Accepted: one pass with a dict of value -> index; returns the pair as a tuple (i, j).
def two_sum(nums: list[int], target: int) -> list[int]:
    index_of = {}
    for j, value in enumerate(nums):
        i = index_of.get(target - value)
        if i is not None:
            return (i, j)
        index_of[value] = j
