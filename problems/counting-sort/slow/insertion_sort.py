# Correct but O(n^2): an insertion sort, comparing values instead of counting them.
def counting_sort(nums: list[int], max_value: int) -> list[int]:
    result = list(nums)
    for k in range(1, len(result)):
        value = result[k]
        i = k - 1
        while i >= 0 and result[i] > value:
            result[i + 1] = result[i]
            i -= 1
        result[i + 1] = value
    return result
