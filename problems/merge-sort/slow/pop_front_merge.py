# A merge sort whose merge takes the smaller head with list.pop(0): every pop shifts the
# rest of the list, so a merge of n values costs O(n^2) and the sort O(n^2).
def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left, right = merge_sort(nums[:mid]), merge_sort(nums[mid:])
    merged = []
    while left and right:
        merged.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return merged + left + right
