# Wrong: the prefix table has no zero row and column, so a query touching row 0 or
# column 0 reads prefix[-1], which in Python is the last row or column, not zero.
def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    rows, cols = len(matrix), len(matrix[0])
    prefix = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            prefix[r][c] = matrix[r][c]
            if r > 0:
                prefix[r][c] += prefix[r - 1][c]
            if c > 0:
                prefix[r][c] += prefix[r][c - 1]
            if r > 0 and c > 0:
                prefix[r][c] -= prefix[r - 1][c - 1]
    answers = []
    for r1, c1, r2, c2 in queries:
        answers.append(prefix[r2][c2] - prefix[r1 - 1][c2] - prefix[r2][c1 - 1]
                       + prefix[r1 - 1][c1 - 1])
    return answers
