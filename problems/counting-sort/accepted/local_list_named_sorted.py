# Accepted: counts per value, written out into a local list named `sorted` (shadows the builtin).
def counting_sort(nums: list[int], max_value: int) -> list[int]:
    counts = [0] * (max_value + 1)
    for value in nums:
        counts[value] += 1
    sorted = []
    for value in range(max_value + 1):
        for _ in range(counts[value]):
            sorted.append(value)
    return sorted
