# Wrong: chooses the first row whose last value is strictly greater than the target, so
# a target equal to the last value of a row is looked for in the next row.
def search_matrix(matrix: list[list[int]], target: int) -> bool:
    lo, hi = 0, len(matrix) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if matrix[mid][-1] > target:
            hi = mid
        else:
            lo = mid + 1
    row = matrix[lo]
    left, right = 0, len(row) - 1
    while left <= right:
        mid = (left + right) // 2
        if row[mid] == target:
            return True
        if row[mid] < target:
            left = mid + 1
        else:
            right = mid - 1
    return False
