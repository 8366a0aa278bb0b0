# Wrong: sorts and compares neighbours two at a time, but never considers the last
# element, so a lone value that is the largest is missed.
def single_number(nums: list[int]) -> int:
    values = sorted(nums)
    for i in range(0, len(values) - 1, 2):
        if values[i] != values[i + 1]:
            return values[i]
    return 0
