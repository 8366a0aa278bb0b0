# Wrong: transposes the matrix but forgets to reverse the rows afterwards, which mirrors
# it across the diagonal instead of rotating it.
def rotate_matrix(matrix: list[list[int]]) -> None:
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
