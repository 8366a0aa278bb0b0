# Binary search for the row, then `in` over that row: O(log m + n), a scan of a row.
import bisect


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    firsts = [row[0] for row in matrix]
    i = bisect.bisect_right(firsts, target) - 1
    return i >= 0 and target in matrix[i]
