# Wrong: splits at len // 2 but builds the right half from middle + 1, so with an odd
# split point one value (the one at the middle) is skipped.
def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    middle = len(nums) // 2
    left = merge_sort(nums[:middle])
    right = merge_sort(nums[middle + 1:]) if len(nums) % 2 else merge_sort(nums[middle:])
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
    merged.extend(right[j:])
    return merged
