# Accepted: two bisects: bisect_right on the rows keyed by their first value picks the row,
# then bisect_left inside that row.
from bisect import bisect_left, bisect_right


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    r = bisect_right(matrix, target, key=lambda row: row[0]) - 1
    if r < 0:
        return False
    row = matrix[r]
    c = bisect_left(row, target)
    return c < len(row) and row[c] == target
