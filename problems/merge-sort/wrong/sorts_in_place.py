# Wrong: a correct merge sort, but it sorts the caller's list in place and returns it;
# nums must be left unchanged.
def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return nums
    middle = len(nums) // 2
    left = merge_sort(nums[:middle])
    right = merge_sort(nums[middle:])
    i = j = 0
    for k in range(len(nums)):
        if j == len(right) or (i < len(left) and left[i] <= right[j]):
            nums[k] = left[i]
            i += 1
        else:
            nums[k] = right[j]
            j += 1
    return nums
