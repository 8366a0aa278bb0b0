# Accepted: an inclusive prefix table of the same size as the matrix (no padding row or
# column), with explicit checks for r1 == 0 and c1 == 0.
def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    m, n = len(matrix), len(matrix[0])
    s = [[0] * n for _ in range(m)]
    for i in range(m):
        for j in range(n):
            s[i][j] = matrix[i][j]
            if i > 0:
                s[i][j] += s[i - 1][j]
            if j > 0:
                s[i][j] += s[i][j - 1]
            if i > 0 and j > 0:
                s[i][j] -= s[i - 1][j - 1]
    out = []
    for r1, c1, r2, c2 in queries:
        total = s[r2][c2]
        if r1 > 0:
            total -= s[r1 - 1][c2]
        if c1 > 0:
            total -= s[r2][c1 - 1]
        if r1 > 0 and c1 > 0:
            total += s[r1 - 1][c1 - 1]
        out.append(total)
    return out
