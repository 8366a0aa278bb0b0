# Wrong: on equal front values the merge takes one copy and advances both halves, so a
# value that occurs in both halves appears only once.
def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    middle = len(nums) // 2
    left = merge_sort(nums[:middle])
    right = merge_sort(nums[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] < right[j]:
            merged.append(left[i])
            i += 1
        elif right[j] < left[i]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
