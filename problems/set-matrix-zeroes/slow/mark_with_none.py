# Correct but O(m * n * (m + n)): for every original 0, marks the rest of its row and
# column with None right away (so new marks are not mistaken for zeros), then turns the
# marks into zeros.
def set_zeroes(matrix: list[list[int]]) -> None:
    rows, cols = len(matrix), len(matrix[0])
    for r in range(rows):
        for c in range(cols):
            if matrix[r][c] == 0:
                for k in range(cols):
                    if matrix[r][k] != 0:
                        matrix[r][k] = None
                for k in range(rows):
                    if matrix[k][c] != 0:
                        matrix[k][c] = None
    for row in matrix:
        for c in range(cols):
            if row[c] is None:
                row[c] = 0
