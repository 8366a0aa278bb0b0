# Wrong: makes max_value counters instead of max_value + 1, so a value equal to
# max_value has no counter (IndexError).
def counting_sort(nums: list[int], max_value: int) -> list[int]:
    counts = [0] * max_value
    for value in nums:
        counts[value] += 1
    result = []
    for value in range(max_value):
        result.extend([value] * counts[value])
    return result
