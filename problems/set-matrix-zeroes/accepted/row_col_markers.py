# Two lists of booleans, one marker per row and per column, then a second pass zeroing
# every marked cell: O(m * n) time, O(m + n) extra memory.
def set_zeroes(matrix: list[list[int]]) -> None:
    rows, cols = len(matrix), len(matrix[0])
    zero_rows, zero_cols = [False] * rows, [False] * cols
    for r in range(rows):
        for c in range(cols):
            if matrix[r][c] == 0:
                zero_rows[r] = zero_cols[c] = True
    for r in range(rows):
        for c in range(cols):
            if zero_rows[r] or zero_cols[c]:
                matrix[r][c] = 0
