# Wrong: picks the row with bisect_left on the first column and then steps back one row,
# which skips the right row when the target is exactly the first value of a row.
from bisect import bisect_left


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    firsts = [row[0] for row in matrix]
    r = bisect_left(firsts, target) - 1
    if r < 0:
        return False
    row = matrix[r]
    c = bisect_left(row, target)
    return c < len(row) and row[c] == target
