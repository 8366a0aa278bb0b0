# Wrong: records only whether each value occurs, so duplicates are written out once.
def counting_sort(nums: list[int], max_value: int) -> list[int]:
    seen = [False] * (max_value + 1)
    for value in nums:
        seen[value] = True
    return [value for value in range(max_value + 1) if seen[value]]
