# Wrong: transposes, then reverses the order of the rows instead of each row, which is a
# quarter turn counter-clockwise.
def rotate_matrix(matrix: list[list[int]]) -> None:
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    matrix.reverse()
