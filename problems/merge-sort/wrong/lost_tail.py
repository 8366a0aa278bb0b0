# Wrong: after the merge loop, copies the rest of the left half but forgets the rest of
# the right half, so values are lost.
def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    middle = len(nums) // 2
    left = merge_sort(nums[:middle])
    right = merge_sort(nums[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    return merged
