# Heavy: the unsorted two-sum's dictionary of positions: right and O(n) in time, but O(n)
# extra memory where two pointers on the sorted list need none.
def two_sum_sorted(numbers: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(numbers):
        if target - value in seen:
            return [seen[target - value], j]
        seen[value] = j
    return []
