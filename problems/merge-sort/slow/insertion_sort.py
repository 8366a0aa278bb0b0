# Correct but O(n^2): insertion sort shifts every earlier larger value one place right.
def merge_sort(nums: list[int]) -> list[int]:
    result = list(nums)
    for k in range(1, len(result)):
        value = result[k]
        i = k - 1
        while i >= 0 and result[i] > value:
            result[i + 1] = result[i]
            i -= 1
        result[i + 1] = value
    return result
