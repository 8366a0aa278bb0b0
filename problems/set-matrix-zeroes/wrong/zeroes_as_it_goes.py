# Wrong: zeroes a row and a column as soon as it finds a 0, so the new zeros are found
# later in the scan and spread as if they had been there at the start.
def set_zeroes(matrix: list[list[int]]) -> None:
    rows, cols = len(matrix), len(matrix[0])
    for r in range(rows):
        for c in range(cols):
            if matrix[r][c] == 0:
                for k in range(cols):
                    matrix[r][k] = 0
                for k in range(rows):
                    matrix[k][c] = 0
