# Wrong: replaces every zero row with a new list (matrix[r] = [0] * n): the values are
# right, but the caller's row lists are no longer the ones in the matrix.
def set_zeroes(matrix: list[list[int]]) -> None:
    cols = len(matrix[0])
    zero_rows = [r for r, row in enumerate(matrix) if 0 in row]
    zero_cols = [c for c in range(cols) if any(row[c] == 0 for row in matrix)]
    for r in zero_rows:
        matrix[r] = [0] * cols
    for row in matrix:
        for c in zero_cols:
            row[c] = 0
