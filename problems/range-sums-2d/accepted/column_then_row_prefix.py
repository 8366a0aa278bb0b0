# Accepted: two passes, first prefix sums down each column, then along each row of that
# table; answers collected with list(map(...)).
def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    m, n = len(matrix), len(matrix[0])
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for r in range(m):
        for c in range(n):
            table[r + 1][c + 1] = table[r][c + 1] + matrix[r][c]  # column sums
    for r in range(1, m + 1):
        row = table[r]
        for c in range(1, n + 1):
            row[c] += row[c - 1]  # then row sums

    def rect(q):
        r1, c1, r2, c2 = q
        return table[r2 + 1][c2 + 1] - table[r1][c2 + 1] - table[r2 + 1][c1] + table[r1][c1]

    return list(map(rect, queries))
