# Accepted: finds the rotation, then binary-searches the sorted order through an index
# map (sorted position k sits at (k + pivot) % n).
def search_rotated(nums: list[int], target: int) -> int:
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[(mid + pivot) % n]
        if value == target:
            return (mid + pivot) % n
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
