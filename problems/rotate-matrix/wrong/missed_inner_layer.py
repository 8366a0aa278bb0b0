# Wrong: the layer loop stops one ring early (range(n // 2 - 1)), so the innermost ring
# is never rotated.
def rotate_matrix(matrix: list[list[int]]) -> None:
    n = len(matrix)
    for layer in range(n // 2 - 1):
        first, last = layer, n - 1 - layer
        for i in range(first, last):
            offset = i - first
            top = matrix[first][i]
            matrix[first][i] = matrix[last - offset][first]
            matrix[last - offset][first] = matrix[last][last - offset]
            matrix[last][last - offset] = matrix[i][last]
            matrix[i][last] = top
