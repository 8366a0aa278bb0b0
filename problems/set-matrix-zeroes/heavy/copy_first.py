# Heavy: copies the matrix and reads the original zeros from the copy: right and O(m * n)
# in time, but the copy is O(m * n) extra memory.
import copy


def set_zeroes(matrix: list[list[int]]) -> None:
    original = copy.deepcopy(matrix)
    zero_rows = [0 in row for row in original]
    zero_cols = [any(row[c] == 0 for row in original) for c in range(len(original[0]))]
    for r, row in enumerate(matrix):
        for c in range(len(row)):
            if zero_rows[r] or zero_cols[c]:
                row[c] = 0
