# Accepted: two pointers that jump over whole runs of equal values when a sum misses
# (every copy of that value gives the same miss).
def two_sum_sorted(numbers: list[int], target: int) -> list[int]:
    i, j = 0, len(numbers) - 1
    while i < j:
        total = numbers[i] + numbers[j]
        if total == target:
            return [i, j]
        if total < target:
            v = numbers[i]
            while i < j and numbers[i] == v:
                i += 1
        else:
            v = numbers[j]
            while j > i and numbers[j] == v:
                j -= 1
    return []
