# Wrong: writes the values out starting from 1, so every 0 is lost.
def counting_sort(nums: list[int], max_value: int) -> list[int]:
    counts = [0] * (max_value + 1)
    for value in nums:
        counts[value] += 1
    result = []
    for value in range(1, max_value + 1):
        result.extend([value] * counts[value])
    return result
