# Wrong: sorts, then compares neighbours with an off-by-one range that never looks at the
# last pair, so a repeat of the largest value (or a two-element list) is missed.
def contains_duplicate(nums: list[int]) -> bool:
    values = sorted(nums)
    for i in range(len(values) - 2):
        if values[i] == values[i + 1]:
            return True
    return False
