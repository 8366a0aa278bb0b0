# An O(m + n) walk from the top-right corner (left when too big, down when too small):
# right, but it does not use that the whole matrix is one sorted sequence, which allows
# a binary search over all m * n cells.
def search_matrix(matrix: list[list[int]], target: int) -> bool:
    row, col = 0, len(matrix[0]) - 1
    while row < len(matrix) and col >= 0:
        value = matrix[row][col]
        if value == target:
            return True
        if value > target:
            col -= 1
        else:
            row += 1
    return False
