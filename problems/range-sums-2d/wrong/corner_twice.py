# Wrong: subtracts the strip above and the strip to the left but never adds back their
# overlap, the top-left corner, which was subtracted twice.
def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    rows, cols = len(matrix), len(matrix[0])
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            prefix[r + 1][c + 1] = (matrix[r][c] + prefix[r][c + 1] + prefix[r + 1][c]
                                    - prefix[r][c])
    return [prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1] - prefix[r2 + 1][c1]
            for r1, c1, r2, c2 in queries]
