# Accepted: builds the rotated rows with zip(*reversed rows), then copies each into the
# existing row list with slice assignment (row[:] = ...), so the lists stay the same objects.
def rotate_matrix(matrix: list[list[int]]) -> None:
    rotated = list(zip(*matrix[::-1]))
    for row, new_values in zip(matrix, rotated):
        row[:] = new_values
