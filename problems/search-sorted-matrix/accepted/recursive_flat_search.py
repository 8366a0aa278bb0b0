# Accepted: recursive binary search over the row-major positions, divmod to find the cell.
def search_matrix(matrix: list[list[int]], target: int) -> bool:
    cols = len(matrix[0])

    def search(lo, hi):
        if lo > hi:
            return False
        mid = (lo + hi) // 2
        r, c = divmod(mid, cols)
        value = matrix[r][c]
        if value == target:
            return True
        if value < target:
            return search(mid + 1, hi)
        return search(lo, mid - 1)

    return search(0, len(matrix) * cols - 1)
