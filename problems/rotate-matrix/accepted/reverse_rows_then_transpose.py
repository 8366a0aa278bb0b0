# Accepted: matrix.reverse() (flips the order of the row lists, in place, same list
# objects) and then a transpose in place: a clockwise quarter turn.
def rotate_matrix(matrix: list[list[int]]) -> None:
    matrix.reverse()
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
