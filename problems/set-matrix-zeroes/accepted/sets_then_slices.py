# Sets of the rows and columns that hold a 0, then each zero row is cleared through a
# slice (the same row list) and each zero column cell by cell.
def set_zeroes(matrix: list[list[int]]) -> None:
    cols = len(matrix[0])
    zero_rows = {r for r, row in enumerate(matrix) if 0 in row}
    zero_cols = {c for row in matrix for c, value in enumerate(row) if value == 0}
    for r in zero_rows:
        matrix[r][:] = [0] * cols
    for row in matrix:
        for c in zero_cols:
            row[c] = 0
