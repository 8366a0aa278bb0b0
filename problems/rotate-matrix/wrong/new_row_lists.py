# Wrong: the values are rotated correctly, but into brand-new row lists copied into the
# outer list, so the caller's row lists are not the ones that were modified.
def rotate_matrix(matrix: list[list[int]]) -> None:
    matrix[:] = [list(column) for column in zip(*matrix[::-1])]
